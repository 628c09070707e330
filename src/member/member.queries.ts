import { defineQuery } from "../db/cypher.registry.js";

export const MemberQueries = {
  list: defineQuery("member/list", "READ"),
  count: defineQuery("member/count", "READ"),
};
