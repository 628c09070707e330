import { defineQuery } from "../db/cypher.registry.js";

export const PersonQueries = {
  list: defineQuery("person/list", "READ"),
  count: defineQuery("person/count", "READ"),
};
