import { defineQuery } from "./cypher.registry.js";

export const AdminQueries = {
  awaitIndexes: defineQuery("admin/await-indexes", "READ"),
  /** What the schema has, so start-up sends only the schema statements that change something. */
  indexNames: defineQuery("admin/index-names", "READ"),
  constraintNames: defineQuery("admin/constraint-names", "READ"),
  /** Deletes up to $limit nodes with their relationships; callers loop until it returns 0. */
  deleteBatch: defineQuery("admin/delete-batch", "WRITE"),
  /** The ids of the data migrations this database has had (src/db/migrations.apply.ts). */
  migrationsApplied: defineQuery("admin/migrations-applied", "READ"),
  recordMigration: defineQuery("admin/migration-record", "WRITE"),
};
