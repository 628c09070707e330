import { defineQuery } from "../db/cypher.registry.js";

export const EntityQueries = {
  byIds: defineQuery("entity/by-ids", "READ"),
};
