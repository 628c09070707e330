import { defineQuery } from "../db/cypher.registry.js";

export const ChangeQueries = {
  record: defineQuery("change/record", "WRITE"),
  version: defineQuery("change/version", "READ"),
  page: defineQuery("change/page", "READ"),
};
