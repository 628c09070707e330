import { defineQuery } from "../db/cypher.registry.js";

export const ImportQueries = {
  upsertNodes: defineQuery("import/upsert-nodes", "WRITE"),
  upsertRelationshipsByFrom: defineQuery("import/upsert-relationships-by-from", "WRITE"),
  upsertRelationshipsByTo: defineQuery("import/upsert-relationships-by-to", "WRITE"),
  existingIds: defineQuery("import/existing-ids", "READ"),
  entityCount: defineQuery("import/entity-count", "READ"),
  /** The bulk loader's checks and its finish (src/import/import.bulk.ts). */
  bulkTarget: defineQuery("import/bulk-target", "READ"),
  bulkMigrations: defineQuery("import/bulk-migrations", "READ"),
  bulkEmptyListsNodes: defineQuery("import/bulk-empty-lists-nodes", "WRITE"),
  bulkEmptyListsRelationships: defineQuery("import/bulk-empty-lists-relationships", "WRITE"),
  /** The import benchmark's floor (bench/import-floor.ts): the same records written with nothing checked. */
  floorNodes: defineQuery("import/floor-nodes", "WRITE"),
  floorRelationships: defineQuery("import/floor-relationships", "WRITE"),
};
