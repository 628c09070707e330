import { defineQuery } from "../db/cypher.registry.js";

export const EventQueries = {
  list: defineQuery("event/list", "READ"),
  count: defineQuery("event/count", "READ"),
};
