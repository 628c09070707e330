import { defineQuery } from "../db/cypher.registry.js";

export const TopologyQueries = {
  adjacency: defineQuery("topology/adjacency", "READ"),
  steps: defineQuery("topology/steps", "READ"),
};
