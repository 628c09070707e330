import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config/config.js";
import { projectRoot } from "../config/project-root.js";
import { connectDatabase, type Database } from "../db/database.js";
import type { QueryRunner } from "../db/query-runner.js";
import { applySchema } from "../db/schema.apply.js";
import { LocalNeo4j } from "../local-neo4j/local-neo4j.js";
import type { Logger } from "../logging/logger.js";
import { DEFAULT_CHANGE_RETENTION } from "../config/config.js";
import { writeLoadCsv, type CsvLoad, type MigrationRecord } from "./import.csv.js";
import { BulkImportError } from "./import.errors.js";
import { planLoad, type LoadPlan } from "./import.plan.js";
import { ImportQueries } from "./import.queries.js";
import { ImportRepository } from "./import.repository.js";
import { ImportService, type ImportSummary } from "./import.service.js";

/**
 * A first load into an empty local database with Neo4j's own bulk importer
 * (`neo4j-admin database import full`): the files are validated exactly as the
 * transactional importer validates them, the graph that importer would leave is
 * computed (src/import/import.plan.ts) and written as CSV, the database is
 * taken offline and replaced, and after the restart the schema, the data
 * migrations, the empty lists and the change feed are written as a
 * transactional import leaves them. Anything else (a database with data, a
 * remote NEO4J_URI, a re-import) is the transactional importer's job.
 */
export interface BulkTarget {
  /** The local Neo4j, running and started by the caller (the bulk loader stops and starts it). */
  local: LocalNeo4j;
  /** The name of the database to load (Community has one: neo4j). */
  database: string;
  /** Opens a connection to it (again after the restart). */
  connect(): Promise<Database>;
}

export interface BulkOptions {
  logger: Logger;
  /** Validate and plan, then stop: nothing is written, the database stays online. */
  dryRun?: boolean;
  /** Where the CSV files are written (removed afterwards); a folder of the instance's import/ by default. */
  workDir?: string;
  /** neo4j-admin's heap (the instance's by default) and off-heap memory. */
  adminHeap?: string;
  adminOffHeap?: string;
  /** Changes the feed keeps (COOPGRAPH_CHANGE_RETENTION). */
  changeRetention?: number;
  /** Progress for a person at a terminal. */
  report?: (msg: string) => void;
  /** Further neo4j-admin arguments (a test passes one that makes it fail). */
  extraAdminArgs?: string[];
}

export const BULK_PHASES = ["validate", "plan (page keys, outcomes)", "write CSV", "stop Neo4j", "neo4j-admin import", "start Neo4j", "schema and migrations", "empty lists and change feed"] as const;
export type BulkPhase = (typeof BULK_PHASES)[number];

export interface BulkSummary extends ImportSummary {
  /** Seconds per phase, in order. */
  seconds: Partial<Record<BulkPhase, number>>;
  /** neo4j-admin's own account of its import ("IMPORT DONE in 9s 81ms..."), its JVM's start-up aside. */
  adminReport?: string;
}

/** neo4j-admin's off-heap memory unless told: enough for millions of relationships, modest on a shared machine. */
const DEFAULT_OFF_HEAP = "2g";

export async function bulkImport(target: BulkTarget, paths: string[], options: BulkOptions): Promise<BulkSummary> {
  const { logger } = options;
  const report = options.report ?? (() => {});
  const clock = new PhaseClock();
  let plan: LoadPlan;
  let csv: CsvLoad | undefined;
  const workDir = options.workDir ?? join(target.local.instanceDir, "import", `bulk-${process.pid}-${Date.now()}`);

  const db = await target.connect();
  try {
    await assertEmpty(db.runner);
    const files = await clock.time("validate", () => new ImportService(db.runner, logger).validate(paths));
    plan = await clock.time("plan (page keys, outcomes)", async () => planLoad(files));
    if (options.dryRun) return summarize(plan, true, clock);
    // The data migrations this database recorded come along, so the restart does not rescan every relationship for them.
    const migrations = await db.runner.run<MigrationRecord>(ImportQueries.bulkMigrations);
    csv = await clock.time("write CSV", async () => writeLoadCsv(plan, workDir, migrations));
    // Again, just before going offline: nothing may have arrived meanwhile.
    await assertEmpty(db.runner);
  } catch (err) {
    rmSync(workDir, { recursive: true, force: true });
    throw err;
  } finally {
    await db.close();
  }

  const store = storeDirs(target.local.instanceDir, target.database);
  report(`Stopping Neo4j to load ${csv.nodes.toLocaleString("en")} nodes and ${csv.relationships.toLocaleString("en")} relationships with neo4j-admin...`);
  await clock.time("stop Neo4j", () => target.local.stop());
  const backup = moveAside(store);
  let loaded = false;
  let adminReport: string | undefined;
  try {
    const admin = await clock.time("neo4j-admin import", () => target.local.admin(adminArgs(csv, target.database, workDir, options), options.adminHeap ? { heap: options.adminHeap } : {}));
    if (admin.code !== 0) {
      throw new BulkImportError("ADMIN_FAILED", `neo4j-admin database import failed (exit code ${admin.code}); the database was put back as it was (empty). Its last lines:\n${tail(admin.output)}`);
    }
    adminReport = /IMPORT DONE in [^\n]*/.exec(admin.output)?.[0]?.trim();
    report(`${adminReport ?? "Loaded"}; starting Neo4j again...`);
    await clock.time("start Neo4j", () => target.local.start());
    const after = await target.connect();
    try {
      await clock.time("schema and migrations", () => applySchema(after.runner, logger));
      const versions = await clock.time("empty lists and change feed", () => finish(after.runner, plan, csv!, options.changeRetention ?? DEFAULT_CHANGE_RETENTION));
      plan.files.forEach((f, i) => {
        if (versions[i] !== undefined) f.summary.version = versions[i];
      });
    } finally {
      await after.close();
    }
    loaded = true;
    return { ...summarize(plan, false, clock), ...(adminReport ? { adminReport } : {}) };
  } catch (err) {
    report("The bulk load failed; putting the database back as it was...");
    await putBack(target.local, store, backup, logger);
    if (err instanceof BulkImportError) throw err;
    throw new BulkImportError("AFTER_LOAD_FAILED", `The bulk load failed after neo4j-admin (${err instanceof Error ? err.message : String(err)}); the database was put back as it was (empty).`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    if (loaded) for (const dir of backup) rmSync(dir.aside, { recursive: true, force: true });
  }
}

/**
 * The local Neo4j the configuration names, for a bulk load: refused for a
 * remote NEO4J_URI, and while the local server runs (someone else started
 * it, and it would be stopped under them).
 */
export function bulkTargetOf(config: Config, logger: Logger, report: (msg: string) => void = () => {}): BulkTarget {
  if (config.neo4j.uri) {
    throw new BulkImportError(
      "NOT_LOCAL",
      `Bulk import refused, nothing was written: NEO4J_URI is set, and the bulk importer loads only the project's own local Neo4j (it must stop it and replace its database files). Import without --bulk: the transactional importer works with any Neo4j.`,
    );
  }
  const local = new LocalNeo4j({ ...config.local, root: projectRoot(), password: config.neo4j.password, report });
  const pid = local.runningPid();
  if (pid !== undefined) {
    throw new BulkImportError(
      "IN_USE",
      `Bulk import refused, nothing was written: the local Neo4j is already running (pid ${pid}, started by npm start or npm run db:start), and the bulk importer must take it offline. Stop it first (npm run db:stop), or import without --bulk.`,
    );
  }
  return { local, database: config.neo4j.database, connect: () => connectDatabase({ ...config.neo4j, uri: local.uri }, logger) };
}

async function assertEmpty(runner: QueryRunner): Promise<void> {
  const [row] = await runner.run<{ nodes: number; relationships: number }>(ImportQueries.bulkTarget);
  const nodes = row?.nodes ?? 0;
  const relationships = row?.relationships ?? 0;
  if (nodes > 0 || relationships > 0) {
    throw new BulkImportError(
      "NOT_EMPTY",
      `Bulk import refused, nothing was written: the database is not empty (${nodes.toLocaleString("en")} nodes, ${relationships.toLocaleString("en")} relationships), and the bulk importer loads only an empty one (it replaces the database's files). Import without --bulk to add to it or update it.`,
    );
  }
}

function adminArgs(csv: CsvLoad, database: string, workDir: string, options: BulkOptions): string[] {
  const multiline = csv.multilineFiles.length > 0 ? ["--multiline-fields-format=v2", `--multiline-fields=${csv.multilineFiles.join(",")}`] : [];
  return [
    "database",
    "import",
    "full",
    ...csv.nodeFiles.map((f) => `--nodes=${f}`),
    ...csv.relationshipFiles.map((f) => `--relationships=${f}`),
    `--array-delimiter=U+${csv.arrayDelimiter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
    ...multiline,
    // The data was validated: any bad entry is a defect, and stops the load.
    "--bad-tolerance=0",
    "--skip-bad-relationships=false",
    "--skip-duplicate-nodes=false",
    "--strict=true",
    "--read-buffer-size=16m",
    `--max-off-heap-memory=${options.adminOffHeap ?? DEFAULT_OFF_HEAP}`,
    `--report-file=${join(workDir, "import.report")}`,
    "--overwrite-destination=true",
    ...(options.extraAdminArgs ?? []),
    database,
  ];
}

/** What a transactional import leaves besides nodes and relationships: empty lists, and one change per file that changed something. */
async function finish(runner: QueryRunner, plan: LoadPlan, csv: CsvLoad, retention: number): Promise<(number | undefined)[]> {
  for (const [query, rows] of [
    [ImportQueries.bulkEmptyListsNodes, csv.emptyLists.nodes],
    [ImportQueries.bulkEmptyListsRelationships, csv.emptyLists.relationships],
  ] as const) {
    for (let i = 0; i < rows.length; i += 10_000) {
      const batch = rows.slice(i, i + 10_000);
      const [row] = await runner.run<{ changed: number }>(query, { rows: batch });
      if ((row?.changed ?? 0) !== batch.length) throw new Error(`cypher/${query.name} changed ${row?.changed ?? 0} of ${batch.length} records`);
    }
  }
  const repo = new ImportRepository(runner);
  // One transaction for every file's change: the versions and records are those of one per file.
  return runner.transaction("WRITE", async (tx) => {
    const versions: (number | undefined)[] = [];
    for (const f of plan.files) {
      const s = f.summary;
      if (s.nodes.created + s.nodes.updated + s.relationships.created + s.relationships.updated === 0) {
        versions.push(undefined);
        continue;
      }
      const record = { actor: "import", origin: s.file, nodes: s.nodes, relationships: s.relationships, nodeIds: f.nodeIds, relationshipIds: f.relationshipIds };
      versions.push(await repo.recordChange(tx, record, retention));
    }
    return versions;
  });
}

interface Aside {
  dir: string;
  aside: string;
}

/** The folders that hold one database's store and transaction logs. */
function storeDirs(instanceDir: string, database: string): string[] {
  return [join(instanceDir, "data", "databases", database), join(instanceDir, "data", "transactions", database)];
}

/** Moves the (empty) database's folders aside, so a failed load can be undone by moving them back. */
function moveAside(dirs: string[]): Aside[] {
  const stamp = `before-bulk-${process.pid}-${Date.now()}`;
  const moved: Aside[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const aside = `${dir}.${stamp}`;
    renameSync(dir, aside);
    moved.push({ dir, aside });
  }
  return moved;
}

async function putBack(local: LocalNeo4j, store: string[], moved: Aside[], logger: Logger): Promise<void> {
  try {
    await local.stop();
    for (const dir of store) rmSync(dir, { recursive: true, force: true });
    for (const m of moved) renameSync(m.aside, m.dir);
    await local.start();
  } catch (err) {
    // The folders aside stay on disk; say where, since nothing else will.
    logger.error({ err, moved }, "putting the database back after a failed bulk load failed");
    throw new BulkImportError("AFTER_LOAD_FAILED", `The bulk load failed, and so did putting the database back: ${(err as Error).message}. The database's former folders are kept at ${moved.map((m) => m.aside).join(", ")}.`);
  }
}

function summarize(plan: LoadPlan, dryRun: boolean, clock: PhaseClock): BulkSummary {
  return { dryRun, files: plan.files.map((f) => f.summary), nodes: plan.summary.nodes, relationships: plan.summary.relationships, seconds: clock.seconds() };
}

function tail(output: string, lines = 25): string {
  return output.trimEnd().split("\n").slice(-lines).join("\n");
}

class PhaseClock {
  private readonly ms = new Map<BulkPhase, number>();

  async time<T>(phase: BulkPhase, work: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      this.ms.set(phase, (this.ms.get(phase) ?? 0) + performance.now() - t0);
    }
  }

  seconds(): Partial<Record<BulkPhase, number>> {
    return Object.fromEntries([...this.ms].map(([k, v]) => [k, Math.round(v / 10) / 100]));
  }
}
