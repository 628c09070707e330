import { defineQuery } from "../db/cypher.registry.js";

export const OrganizationQueries = {
  list: defineQuery("organization/list", "READ"),
  count: defineQuery("organization/count", "READ"),
};
