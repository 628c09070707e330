import { defineQuery } from "../db/cypher.registry.js";

export const ImportQueries = {
  upsertNodes: defineQuery("import/upsert-nodes", "WRITE"),
  upsertRelationships: defineQuery("import/upsert-relationships", "WRITE"),
  existingIds: defineQuery("import/existing-ids", "READ"),
  entityCount: defineQuery("import/entity-count", "READ"),
};
