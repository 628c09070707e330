import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../logging/logger.js";
import { AdminQueries } from "./admin.queries.js";
import { cypherDir, defineQuery, type CypherQuery } from "./cypher.registry.js";
import type { QueryRunner } from "./query-runner.js";

/** A one-off change to the data (cypher/migrations/<id>.cypher), recorded in the graph once it ran. */
export interface Migration {
  /** The file name without ".cypher": "001-page-key-fill". */
  id: string;
  query: CypherQuery;
}

/** A one-off may read the whole graph: far more than a request's time limit. */
const MIGRATION_TIMEOUT_MS = 600_000;

/** The data migrations, one per file in cypher/migrations/, in file-name order. */
export function migrations(): Migration[] {
  return readdirSync(join(cypherDir(), "migrations"))
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -".cypher".length);
      return { id, query: defineQuery(`migrations/${id}`, "WRITE") };
    });
}

/** The migration a name stands for: its id ("001-page-key-fill") or the id without its number ("page-key-fill"). */
export function findMigration(name: string): Migration {
  const found = migrations().find((m) => m.id === name || m.id.replace(/^\d+-/, "") === name);
  if (!found) throw new Error(`no data migration named "${name}"; there are: ${migrations().map((m) => m.id).join(", ")}`);
  return found;
}

/**
 * Runs each data migration this database has not had yet and records it
 * (a (:Migration {id}) node), so a start pays for one only once per database;
 * those named in `again` run even when recorded (npm run db:migrate -- --again).
 * Each runs in one transaction: one that fails changes nothing and runs again
 * at the next start.
 */
export async function applyMigrations(runner: QueryRunner, logger: Logger, opts: { again?: readonly string[] } = {}): Promise<string[]> {
  const again = new Set((opts.again ?? []).map((name) => findMigration(name).id));
  const applied = new Set((await runner.run<{ id: string }>(AdminQueries.migrationsApplied)).map((r) => r.id));
  const ran: string[] = [];
  for (const m of migrations()) {
    if (applied.has(m.id) && !again.has(m.id)) continue;
    const started = performance.now();
    const [row] = await runner.run<{ changed: number }>(m.query, {}, { timeoutMs: MIGRATION_TIMEOUT_MS });
    const changed = row?.changed ?? 0;
    const sha256 = createHash("sha256").update(readFileSync(join(cypherDir(), `${m.query.name}.cypher`))).digest("hex");
    await runner.run(AdminQueries.recordMigration, { id: m.id, sha256, changed });
    logger.info({ migration: m.id, changed, ms: Math.round(performance.now() - started) }, "data migration applied");
    ran.push(m.id);
  }
  return ran;
}
