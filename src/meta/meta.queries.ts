import { defineQuery } from "../db/cypher.registry.js";

export const MetaQueries = {
  databaseInfo: defineQuery("meta/database-info", "READ"),
  graphCounts: defineQuery("meta/graph-counts", "READ"),
  labelCounts: defineQuery("meta/label-counts", "READ"),
};
