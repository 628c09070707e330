import { inject } from "vitest";
import { AdminQueries } from "../../src/db/admin.queries.js";
import { connectDatabase, type Database } from "../../src/db/database.js";
import type { QueryRunner } from "../../src/db/query-runner.js";
import { createLogger, type Logger } from "../../src/logging/logger.js";
import "./neo4j-settings.js";

export const silentLogger: Logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? "silent", format: "json" });

export function testNeo4j() {
  return inject("neo4j");
}

/** A connection to the test Neo4j started by the global set-up. */
export function openTestDatabase(logger: Logger = silentLogger, queryTimeoutMs = 60_000): Promise<Database> {
  const s = testNeo4j();
  return connectDatabase({ ...s, queryTimeoutMs, connectionTimeoutMs: 5_000 }, logger);
}

/** Empties the graph (test files share one database and run one at a time). */
export async function resetGraph(runner: QueryRunner): Promise<void> {
  for (;;) {
    const [row] = await runner.run<{ deleted: number }>(AdminQueries.deleteBatch, { limit: 20_000 });
    if (!row || row.deleted === 0) return;
  }
}
