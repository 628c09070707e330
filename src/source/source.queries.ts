import { defineQuery } from "../db/cypher.registry.js";

export const SourceQueries = {
  list: defineQuery("source/list", "READ"),
  count: defineQuery("source/count", "READ"),
};
