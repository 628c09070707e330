import { defineQuery } from "../db/cypher.registry.js";

export const RelationQueries = {
  outgoing: defineQuery("relations/outgoing", "READ"),
  incoming: defineQuery("relations/incoming", "READ"),
};
