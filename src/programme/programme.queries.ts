import { defineQuery } from "../db/cypher.registry.js";

export const ProgrammeQueries = {
  list: defineQuery("programme/list", "READ"),
  count: defineQuery("programme/count", "READ"),
};
