import { defineQuery } from "../db/cypher.registry.js";

export const ActivityQueries = {
  activity: defineQuery("activity/activity", "READ"),
  /** The same file the analyses use: registering a name twice gives the one query. */
  programmesByCodes: defineQuery("programme/by-codes", "READ"),
};
