import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../logging/logger.js";
import { AdminQueries } from "./admin.queries.js";
import { cypherDir, defineQuery } from "./cypher.registry.js";
import type { QueryRunner } from "./query-runner.js";

/** Constraint and index statements, one per file in cypher/schema/, applied in file-name order. */
export function schemaStatements() {
  return readdirSync(join(cypherDir(), "schema"))
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => defineQuery(`schema/${f.slice(0, -".cypher".length)}`, "WRITE"));
}

/**
 * Applies every constraint and index. Each statement says IF NOT EXISTS, so
 * running this at every start is safe; then waits for indexes to come online.
 */
export async function applySchema(runner: QueryRunner, logger: Logger): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) {
    // Schema changes cannot share a transaction with other statements. A fill
    // (032-page-key-fill) reads every relationship: the time limit of an index's.
    await runner.run(statement, {}, { timeoutMs: 300_000 });
  }
  await runner.run(AdminQueries.awaitIndexes, {}, { timeoutMs: 300_000 });
  logger.info({ statements: statements.length }, "schema applied (constraints and indexes)");
  return statements.length;
}
