import { defineQuery } from "../db/cypher.registry.js";

export const RegionQueries = {
  list: defineQuery("region/list", "READ"),
  count: defineQuery("region/count", "READ"),
};
