/**
 * `npm run bench` end to end: data into a Neo4j, the statements recorded, the
 * servers started as child processes, the mix measured side by side, a report.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Neo4jError } from "neo4j-driver";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectDatabase, type Database } from "../../src/db/database.js";
import { applySchema } from "../../src/db/schema.apply.js";
import { generate, type Scale } from "../../src/generate/generate.service.js";
import { loadWorld } from "../../src/generate/generate.world.js";
import { expandImportPaths } from "../../src/import/import.files.js";
import { ImportService } from "../../src/import/import.service.js";
import { createLogger } from "../../src/logging/logger.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import { machine, writeResult } from "../support/bench-env.js";
import { startChild, type ChildServer } from "../support/child.js";
import { queryMix, type MixSubjects } from "./perf.mix.js";
import { dashboardTable, measureDashboardReads, type DashboardRead } from "./perf.dashboard.js";
import { recordStatements } from "./perf.record.js";
import { markdownTable, measure, summarize, type Measurement, type Summary } from "./perf.run.js";

export interface BenchOptions {
  neo4j: { uri: string; password: string };
  /** Generated data on top of the seed; undefined: the seed alone (smoke). */
  scale?: Scale;
  seed?: number;
  connections: number;
  durationSeconds: number;
  rounds: number;
  /** Only the queries whose name contains one of these words. */
  only?: string[];
  /** Servers from the build in dist/ under plain node (the CLI) rather than from source under tsx (the smoke test). */
  compiled?: boolean;
  progress?: (line: string) => void;
}

export interface BenchReport {
  benchmark: "graphql-side-by-side";
  when: string;
  scale: string;
  options: Omit<BenchOptions, "neo4j" | "progress">;
  subjects: MixSubjects;
  /** The cypher/ files coopgraph sends per query, in order (the floor replays them). */
  statements: Record<string, string[]>;
  machine: Record<string, unknown>;
  summaries: Summary[];
  measurements: Measurement[];
  /** The graph-versioned HTTP cache's row, apart from the side-by-side table (perf.dashboard.ts). */
  dashboardReads: DashboardRead[];
  markdown: string;
}

const logger = createLogger({ level: "warn", format: "json" });

export async function loadData(db: Database, scale: Scale | undefined, seed: number, progress: (l: string) => void): Promise<void> {
  await applySchema(db.runner, logger);
  const importer = new ImportService(db.runner, logger);
  // A Neo4j given with --neo4j may hold the data of an earlier run: it is used as it is.
  if ((await importer.entityCount()) > 0) return;
  await importer.importFiles(seedFiles());
  if (!scale) return;
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-bench-data-"));
  try {
    progress(`generating ${scale} data (seed ${seed})...`);
    await generate(await loadWorld(seedFiles()), { scale, seed, outDir: dir });
    progress("importing...");
    await importer.importFiles(expandImportPaths([dir]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The busiest member (most participations) and the busiest one outside its region. */
export async function pickSubjects(db: Database): Promise<MixSubjects> {
  const session = db.driver.session({ database: db.name });
  try {
    const result = await session.run(
      "MATCH (m:Member)-[:PARTICIPATED_IN]->() WITH m, count(*) AS n ORDER BY n DESC, m.id LIMIT 50 " +
        "OPTIONAL MATCH (m)-[:IN_REGION]->(r:Region) RETURN m.id AS id, r.code AS region",
    );
    const rows = result.records.map((r) => ({ id: r.get("id") as string, region: r.get("region") as string | null }));
    const first = rows[0];
    if (!first) throw new Error("no member has any participation: the data did not load");
    const other = rows.find((r) => r.region !== first.region && r.id !== first.id) ?? rows[1] ?? first;
    return { member: first.id, other: other.id, programmes: ["PGS", "SALW"] };
  } finally {
    await session.close();
  }
}

/**
 * Waits (up to maxMs) until Neo4j runs no statement but this one. autocannon
 * stops sending when a turn's time is up, but statements already in Neo4j run
 * on: at large scale the peer's one-hop pages run for seconds each and hold
 * Neo4j's transaction memory, so the next server's probe failed with
 * QUERY_TOO_LARGE for statements not its own. Returns the milliseconds waited.
 */
export async function settle(db: Database, maxMs = 120_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const running = await runningStatements(db);
    const waited = performance.now() - started;
    if (running === 0 || waited >= maxMs) return waited;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Statements Neo4j runs other than this one; a transient error (the memory pool full of them) counts as busy. */
async function runningStatements(db: Database): Promise<number> {
  const session = db.driver.session({ database: db.name });
  try {
    const result = await session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running");
    return Number(result.records[0]?.get("running") ?? 0);
  } catch (err) {
    if (err instanceof Neo4jError && err.retryable) return Number.POSITIVE_INFINITY;
    throw err;
  } finally {
    await session.close();
  }
}

export async function runBench(opts: BenchOptions): Promise<BenchReport> {
  const progress = opts.progress ?? (() => {});
  const db = await connectDatabase({ uri: opts.neo4j.uri, username: "neo4j", password: opts.neo4j.password, database: "neo4j", queryTimeoutMs: 600_000, connectionTimeoutMs: 5_000 }, logger);
  const workDir = mkdtempSync(join(tmpdir(), "coopgraph-bench-"));
  const servers: ChildServer[] = [];
  try {
    await loadData(db, opts.scale, opts.seed ?? 1, progress);
    const subjects = await pickSubjects(db);
    const all = queryMix(subjects);
    const mix = all.filter((q) => !opts.only || opts.only.some((word) => q.name.includes(word)));
    const statements = await recordStatements(db, logger, mix, all);
    const statementsFile = join(workDir, "statements.json");
    writeFileSync(statementsFile, JSON.stringify(statements));

    const env = { BENCH_NEO4J_URI: opts.neo4j.uri, BENCH_NEO4J_PASSWORD: opts.neo4j.password };
    const child = { compiled: opts.compiled ?? false };
    const floor = await startChild("perf/perf.floor.server.ts", { ...env, BENCH_FLOOR_STATEMENTS: statementsFile }, child);
    servers.push(floor);
    const coopgraph = await startChild("support/coopgraph.server.ts", env, child);
    servers.push(coopgraph);
    const peer = await startChild("perf/perf.peer.server.ts", env, child);
    servers.push(peer);
    const index = new Map(mix.map((q, i) => [q.name, i]));
    const measurements = await measure(
      mix,
      (q) => [
        { server: "floor", url: `http://127.0.0.1:${floor.port}/${index.get(q.name)}` },
        { server: "coopgraph", url: `http://127.0.0.1:${coopgraph.port}/graphql`, body: JSON.stringify({ query: q.query, variables: q.variables }) },
        { server: "peer", url: `http://127.0.0.1:${peer.port}/`, body: JSON.stringify(q.peer) },
      ],
      opts,
      progress,
      () => settle(db),
    );
    const summaries = summarize(measurements, mix);
    const dashboardReads = await measureDashboardReads(`http://127.0.0.1:${coopgraph.port}/graphql`, mix, opts, progress);
    return {
      benchmark: "graphql-side-by-side",
      when: new Date().toISOString(),
      scale: opts.scale ?? "seed only (smoke)",
      options: { scale: opts.scale, seed: opts.seed, only: opts.only, connections: opts.connections, durationSeconds: opts.durationSeconds, rounds: opts.rounds, compiled: opts.compiled },
      subjects,
      statements: Object.fromEntries(Object.entries(statements).map(([q, list]) => [q, list.map((st) => st.name)])),
      machine: machine(),
      summaries,
      measurements,
      dashboardReads,
      markdown: dashboardReads.length === 0 ? markdownTable(summaries) : `${markdownTable(summaries)}\n\nRepeated dashboard reads with the graph-versioned HTTP cache, coopgraph only (not part of the comparison above):\n\n${dashboardTable(dashboardReads)}`,
    };
  } finally {
    for (const s of servers) await s.stop();
    await db.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

export function writeReport(report: BenchReport): { json: string; markdown: string } {
  const stem = `bench-${report.scale.split(" ")[0]}`;
  return {
    json: writeResult(stem, report.when, "json", JSON.stringify(report, null, 2)),
    markdown: writeResult(stem, report.when, "md", `# coopgraph benchmark (${report.scale})\n\n${report.markdown}\n`),
  };
}
