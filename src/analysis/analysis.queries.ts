import { defineQuery } from "../db/cypher.registry.js";

export const AnalysisQueries = {
  programmesByCodes: defineQuery("programme/by-codes", "READ"),
  membersInProgrammes: defineQuery("analysis/members-in-programmes", "READ"),
  coParticipants: defineQuery("analysis/co-participants", "READ"),
  shortestPath: defineQuery("analysis/shortest-path", "READ"),
  search: defineQuery("analysis/search", "READ"),
  timeline: defineQuery("analysis/timeline", "READ"),
  cooperationNetwork: defineQuery("analysis/cooperation-network", "READ"),
  neighbourhood: defineQuery("analysis/neighbourhood", "READ"),
  chosenSources: defineQuery("analysis/chosen-sources", "READ"),
  networkEvolution: defineQuery("analysis/network-evolution", "READ"),
  cooperation: defineQuery("analysis/cooperation", "READ"),
};
