import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../logging/logger.js";
import { AdminQueries } from "./admin.queries.js";
import { cypherDir, defineQuery, type CypherQuery } from "./cypher.registry.js";
import { applyMigrations } from "./migrations.apply.js";
import type { QueryRunner } from "./query-runner.js";

/** Constraint and index statements, one per file in cypher/schema/, applied in file-name order. */
export function schemaStatements() {
  return readdirSync(join(cypherDir(), "schema"))
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => defineQuery(`schema/${f.slice(0, -".cypher".length)}`, "WRITE"));
}

/** What a schema statement does to which named index or constraint; undefined when it is not one of these two forms. */
export function schemaAction(text: string): { action: "create" | "drop"; name: string } | undefined {
  const code = text.replace(/\/\/.*$/gm, " ");
  const create = /^\s*CREATE\s+(?:[A-Z]+\s+)?(?:INDEX|CONSTRAINT)\s+([A-Za-z_][A-Za-z0-9_]*)\s+IF\s+NOT\s+EXISTS\b/i.exec(code);
  if (create) return { action: "create", name: create[1]! };
  const drop = /^\s*DROP\s+(?:INDEX|CONSTRAINT)\s+([A-Za-z_][A-Za-z0-9_]*)\s+IF\s+EXISTS\s*$/i.exec(code);
  return drop ? { action: "drop", name: drop[1]! } : undefined;
}

/**
 * The statements that change something on a database holding `existing`
 * (names of indexes and constraints): a CREATE … IF NOT EXISTS of a name it
 * has, or of a name a later file drops (011/012 replaced entity_search), and a
 * DROP … IF EXISTS of a name it lacks would change nothing. A statement of
 * another form is always kept.
 */
export function pendingSchemaStatements(statements: readonly CypherQuery[], existing: ReadonlySet<string>): CypherQuery[] {
  const actions = statements.map((s) => schemaAction(s.text));
  const names = new Set(existing);
  return statements.filter((_, i) => {
    const a = actions[i];
    if (!a) return true;
    if (a.action === "drop") return names.delete(a.name);
    const droppedLater = actions.slice(i + 1).some((later) => later?.action === "drop" && later.name === a.name);
    if (names.has(a.name) || droppedLater) return false;
    names.add(a.name);
    return true;
  });
}

/**
 * Applies every constraint and index the database lacks (each statement says IF
 * NOT EXISTS, so running all would be safe too, but each is a schema
 * transaction of its own: about a second for the lot at every start), waits
 * for indexes to come online, then runs the data migrations this database has
 * not had yet (cypher/migrations/, once per database: they may read the whole graph).
 */
export async function applySchema(runner: QueryRunner, logger: Logger): Promise<number> {
  const [indexes, constraints] = await Promise.all([runner.run<{ name: string }>(AdminQueries.indexNames), runner.run<{ name: string }>(AdminQueries.constraintNames)]);
  const statements = pendingSchemaStatements(schemaStatements(), new Set([...indexes, ...constraints].map((r) => r.name)));
  for (const statement of statements) {
    // Schema changes cannot share a transaction with other statements.
    await runner.run(statement, {}, { timeoutMs: 300_000 });
  }
  await runner.run(AdminQueries.awaitIndexes, {}, { timeoutMs: 300_000 });
  logger.info({ statements: statements.length }, "schema applied (constraints and indexes)");
  await applyMigrations(runner, logger);
  return statements.length;
}
