import { defineQuery } from "../db/cypher.registry.js";

export const ResolutionQueries = {
  list: defineQuery("resolution/list", "READ"),
  count: defineQuery("resolution/count", "READ"),
};
