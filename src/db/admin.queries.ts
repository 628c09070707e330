import { defineQuery } from "./cypher.registry.js";

export const AdminQueries = {
  awaitIndexes: defineQuery("admin/await-indexes", "READ"),
  /** Deletes up to $limit nodes with their relationships; callers loop until it returns 0. */
  deleteBatch: defineQuery("admin/delete-batch", "WRITE"),
};
