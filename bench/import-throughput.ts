/**
 * Import throughput at a synthetic scale, relationships per second, three routes
 * side by side in one run, each on a Neo4j of its own (throwaway folder, free
 * ports): the transactional importer (after the seed and a warm-up, a first
 * import and a second, unchanged one), its floor (the same files written in
 * the same transactions with nothing checked: import-floor.ts) and the bulk
 * loader (`--bulk`: neo4j-admin, the seed and the data together into an empty
 * database, as a first load is). Run with
 * `npm run bench:import -- [--scale small|medium|large] [--seed N] [--batch-size N] [--routes transactional floor bulk]`.
 * Prints tables and writes bench/results/import-<scale>-<time>.json.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Command, Option } from "commander";
import { connectDatabase, type Database } from "../src/db/database.js";
import type { QueryObserver } from "../src/db/query-runner.js";
import { applySchema } from "../src/db/schema.apply.js";
import { defaultOutDir } from "../src/generate/generate.paths.js";
import { generate, SCALES, type Scale } from "../src/generate/generate.service.js";
import { loadWorld } from "../src/generate/generate.world.js";
import { BULK_PHASES, bulkImport } from "../src/import/import.bulk.js";
import { expandImportPaths } from "../src/import/import.files.js";
import { planLoad } from "../src/import/import.plan.js";
import { readImportFile } from "../src/import/import.reader.js";
import { ImportService } from "../src/import/import.service.js";
import { createLogger, type Logger } from "../src/logging/logger.js";
import { seedFiles } from "../src/seed/seed.loader.js";
import { writeFloor } from "./import-floor.js";
import { machine, positiveInt, withThrowawayNeo4j, writeResult, type ThrowawayNeo4j } from "./support/bench-env.js";

type Route = "transactional" | "floor" | "bulk";

interface Run {
  route: Route;
  pass: string;
  seconds: number;
  nodes: number;
  relationships: number;
  relationshipsPerSecond: number;
  recordsPerSecond: number;
  phases: Record<string, number>;
  /** The bulk route: neo4j-admin's own account of its import. */
  adminReport?: string;
}

const MEMORY = { heap: "2g", pageCache: "1g" };

const program = new Command("bench:import")
  .addOption(new Option("--scale <scale>").choices(Object.keys(SCALES)).default("medium"))
  .option("--seed <n>", "generator seed", positiveInt, 1)
  .option("--batch-size <n>", "records per UNWIND batch (transactional route and its floor)", positiveInt, 5_000)
  .addOption(new Option("--routes <routes...>", "which routes to measure").choices(["transactional", "floor", "bulk"]).default(["transactional", "floor", "bulk"]))
  .action(async (opts: { scale: Scale; seed: number; batchSize: number; routes: Route[] }) => {
    const logger = createLogger({ level: "warn", format: "json" });
    const out = defaultOutDir(opts.scale, opts.seed);
    if (!existsSync(out) || expandImportPaths([out]).length === 0) {
      console.log(`generating ${opts.scale} (seed ${opts.seed}) into ${out}...`);
      await generate(await loadWorld(seedFiles()), { scale: opts.scale, seed: opts.seed, outDir: out });
    }
    const files = expandImportPaths([out]);
    const started = new Date().toISOString();
    const runs: Run[] = [];
    let version = "";
    // One route after the other, never at once: each has the machine to itself.
    for (const route of opts.routes) {
      await withThrowawayNeo4j(`import-${route}`, MEMORY, async (neo4j) => {
        version = neo4j.version;
        if (route === "bulk") runs.push(...(await bulkRoute(neo4j, files, logger)));
        else if (route === "floor") runs.push(...(await floorRoute(neo4j, files, logger, opts.batchSize, opts.seed)));
        else runs.push(...(await transactionalRoute(neo4j, files, logger, opts.batchSize, opts.seed)));
      });
    }

    const result = {
      benchmark: "import-throughput",
      scale: opts.scale,
      seed: opts.seed,
      batchSize: opts.batchSize,
      files: files.length,
      started,
      machine: { ...machine(), neo4j: version, neo4jMemory: MEMORY },
      runs,
    };
    console.log(`\n| route | pass | nodes | relationships | seconds | relationships/s | records/s |\n|---|---|---:|---:|---:|---:|---:|`);
    for (const r of runs) console.log(`| ${r.route} | ${r.pass} | ${r.nodes.toLocaleString("en")} | ${r.relationships.toLocaleString("en")} | ${r.seconds} | ${r.relationshipsPerSecond.toLocaleString("en")} | ${r.recordsPerSecond.toLocaleString("en")} |`);
    const tx = runs.find((r) => r.route === "transactional");
    const floor = runs.find((r) => r.route === "floor");
    const bulk = runs.find((r) => r.route === "bulk");
    if (tx && floor) console.log(`\ntransactional first import / floor, relationships per second: ${(tx.relationshipsPerSecond / floor.relationshipsPerSecond).toFixed(2)}`);
    if (tx && bulk) console.log(`bulk / transactional first import, relationships per second: ${(bulk.relationshipsPerSecond / tx.relationshipsPerSecond).toFixed(1)}`);
    for (const r of runs) {
      console.log(`\nWhere the time goes, ${r.route}, ${r.pass} (seconds):\n\n| phase | seconds |\n|---|---:|`);
      for (const [phase, sec] of Object.entries(r.phases)) console.log(`| ${phase} | ${sec} |`);
      if (r.adminReport) console.log(`\nneo4j-admin's own report: ${r.adminReport}`);
    }
    console.log(`\nwrote ${writeResult(`import-${opts.scale}`, started, "json", JSON.stringify(result, null, 2))}`);
  });

/**
 * The database both timed routes start from: the schema and the seed (imported),
 * and the warm-up data generated (other synthetic data, for the JIT and the
 * plan cache, so the timed passes measure steady state), for the route to write
 * its own way.
 */
async function prepare(neo4j: ThrowawayNeo4j, logger: Logger, seed: number): Promise<{ db: Database; importer: ImportService; warmUp: string[] }> {
  const db = await connectDatabase({ uri: neo4j.uri, username: "neo4j", password: neo4j.password, database: "neo4j", queryTimeoutMs: 600_000, connectionTimeoutMs: 5_000 }, logger);
  try {
    await applySchema(db.runner, logger);
    const importer = new ImportService(db.runner, logger);
    await importer.importFiles(seedFiles());
    const warmDir = join(neo4j.dir, "warm-up");
    await generate(await loadWorld(seedFiles()), { scale: "small", seed: seed + 1_000, outDir: warmDir });
    return { db, importer, warmUp: expandImportPaths([warmDir]) };
  } catch (err) {
    await db.close();
    throw err;
  }
}

/** The transactional importer: the seed, a warm-up on other data, then the files twice (all created, then all unchanged). */
async function transactionalRoute(neo4j: ThrowawayNeo4j, files: string[], logger: Logger, batchSize: number, seed: number): Promise<Run[]> {
  const { db, importer, warmUp } = await prepare(neo4j, logger, seed);
  try {
    await importer.importFiles(warmUp);

    const runs: Run[] = [];
    for (const pass of ["first import (all created)", "second import (all unchanged)"]) {
      const phases = new PhaseClock();
      const t0 = performance.now();
      const s = await importer.importFiles(files, { batchSize, ...phases.hooks, onValidated: () => phases.add("read and validate", performance.now() - t0) });
      const seconds = (performance.now() - t0) / 1000;
      phases.add("other (the client, transactions' starts)", seconds * 1000 - phases.total());
      const rels = s.relationships.created + s.relationships.updated + s.relationships.unchanged;
      const nodes = s.nodes.created + s.nodes.updated + s.nodes.unchanged;
      runs.push(run("transactional", pass, seconds, nodes, rels, phases.seconds()));
      console.log(`transactional, ${pass}: ${Math.round(rels / seconds).toLocaleString("en")} relationships/s`);
    }
    return runs;
  } finally {
    await db.close();
  }
}

/**
 * The floor (import-floor.ts) on a database as the transactional route finds
 * it: the schema, the seed and the same warm-up data, written the floor's way.
 * The files are read, checked and planned before the clock starts.
 */
async function floorRoute(neo4j: ThrowawayNeo4j, files: string[], logger: Logger, batchSize: number, seed: number): Promise<Run[]> {
  const { db, importer, warmUp } = await prepare(neo4j, logger, seed);
  try {
    const seedParsed = await Promise.all(seedFiles().map((p) => readImportFile(p)));
    const [warm, data] = [await importer.validate(warmUp), await importer.validate(files)];
    const nodes = planLoad([...seedParsed, ...warm, ...data]).nodes;
    await writeFloor(db.runner, warm, nodes, batchSize);

    const phases = new PhaseClock();
    const t0 = performance.now();
    const written = await writeFloor(db.runner, data, nodes, batchSize, phases.hooks);
    const seconds = (performance.now() - t0) / 1000;
    phases.add("other (the client, transactions' starts)", seconds * 1000 - phases.total());
    console.log(`floor, first import (all created): ${Math.round(written.relationships / seconds).toLocaleString("en")} relationships/s`);
    return [run("floor", "first import (all created), nothing checked", seconds, written.nodes, written.relationships, phases.seconds())];
  } finally {
    await db.close();
  }
}

/** The bulk loader, as `npm run import -- --bulk seed <data>` runs it on a fresh local database. */
async function bulkRoute(neo4j: ThrowawayNeo4j, files: string[], logger: Logger): Promise<Run[]> {
  const target = { local: neo4j.local, database: "neo4j", connect: () => connectDatabase({ uri: neo4j.local.uri, username: "neo4j", password: neo4j.password, database: "neo4j", queryTimeoutMs: 600_000, connectionTimeoutMs: 5_000 }, logger) };
  // As the transactional route finds it, and as `npm run import` leaves a fresh local database: the schema applied.
  const db = await target.connect();
  await applySchema(db.runner, logger);
  await db.close();
  const t0 = performance.now();
  const s = await bulkImport(target, [...seedFiles(), ...files], { logger, report: (m) => console.log(m) });
  const seconds = (performance.now() - t0) / 1000;
  const phases: Record<string, number> = {};
  for (const phase of BULK_PHASES) phases[phase] = s.seconds[phase] ?? 0;
  phases["other"] = round(seconds - Object.values(phases).reduce((a, b) => a + b, 0));
  const rels = s.relationships.created + s.relationships.updated + s.relationships.unchanged;
  const nodes = s.nodes.created + s.nodes.updated + s.nodes.unchanged;
  console.log(`bulk, first load (seed and data): ${Math.round(rels / seconds).toLocaleString("en")} relationships/s`);
  return [{ ...run("bulk", "first load into an empty database (seed and data)", seconds, nodes, rels, phases), ...(s.adminReport ? { adminReport: s.adminReport } : {}) }];
}

function run(route: Route, pass: string, seconds: number, nodes: number, relationships: number, phases: Record<string, number>): Run {
  return { route, pass, seconds: round(seconds), nodes, relationships, relationshipsPerSecond: Math.round(relationships / seconds), recordsPerSecond: Math.round((relationships + nodes) / seconds), phases };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Milliseconds spent per statement (by cypher file), committing, and per named phase of one pass. */
class PhaseClock {
  private readonly ms = new Map<string, number>();
  private writtenAt = 0;

  readonly observer: QueryObserver = {
    onStatement: (query) => {
      const t0 = performance.now();
      return () => this.add(`cypher/${query.name}`, performance.now() - t0);
    },
  };

  /** The import's (and the floor's) hooks: every statement, and each file's commit, from its last statement to its answer. */
  readonly hooks = {
    observer: this.observer,
    onFileWritten: () => {
      this.writtenAt = performance.now();
    },
    onFileCommitted: () => this.add("commit", performance.now() - this.writtenAt),
  };

  add(phase: string, ms: number): void {
    this.ms.set(phase, (this.ms.get(phase) ?? 0) + ms);
  }

  total(): number {
    let sum = 0;
    for (const v of this.ms.values()) sum += v;
    return sum;
  }

  seconds(): Record<string, number> {
    return Object.fromEntries([...this.ms].map(([k, v]) => [k, round(v / 1000)]));
  }
}

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
