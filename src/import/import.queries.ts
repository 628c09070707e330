import { defineQuery } from "../db/cypher.registry.js";

export const ImportQueries = {
  upsertNodes: defineQuery("import/upsert-nodes", "WRITE"),
  upsertRelationshipsByFrom: defineQuery("import/upsert-relationships-by-from", "WRITE"),
  upsertRelationshipsByTo: defineQuery("import/upsert-relationships-by-to", "WRITE"),
  existingIds: defineQuery("import/existing-ids", "READ"),
  entityCount: defineQuery("import/entity-count", "READ"),
};
