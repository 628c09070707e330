import { defineQuery } from "../db/cypher.registry.js";

export const ProjectionQueries = {
  stamp: defineQuery("projection/stamp", "READ"),
  actors: defineQuery("projection/actors", "READ"),
  events: defineQuery("projection/events", "READ"),
  participations: defineQuery("projection/participations", "READ"),
  ties: defineQuery("projection/ties", "READ"),
  programmes: defineQuery("projection/programmes", "READ"),
};
