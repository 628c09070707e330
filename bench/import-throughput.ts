/**
 * Import throughput at a synthetic scale: relationships per second, on a Neo4j
 * of its own (throwaway folder, free ports), after the seed. Run with
 * `npm run bench:import -- [--scale small|medium|large] [--seed N] [--batch-size N]`.
 * Prints a table and writes bench/results/import-<scale>-<time>.json.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Command, Option } from "commander";
import { connectDatabase } from "../src/db/database.js";
import type { QueryObserver } from "../src/db/query-runner.js";
import { applySchema } from "../src/db/schema.apply.js";
import { defaultOutDir } from "../src/generate/generate.paths.js";
import { generate, SCALES, type Scale } from "../src/generate/generate.service.js";
import { loadWorld } from "../src/generate/generate.world.js";
import { expandImportPaths } from "../src/import/import.files.js";
import { ImportService } from "../src/import/import.service.js";
import { createLogger } from "../src/logging/logger.js";
import { seedFiles } from "../src/seed/seed.loader.js";
import { machine, positiveInt, withThrowawayNeo4j, writeResult } from "./support/bench-env.js";

const program = new Command("bench:import")
  .addOption(new Option("--scale <scale>").choices(Object.keys(SCALES)).default("medium"))
  .option("--seed <n>", "generator seed", positiveInt, 1)
  .option("--batch-size <n>", "records per UNWIND batch", positiveInt, 5_000)
  .action(async (opts: { scale: Scale; seed: number; batchSize: number }) => {
    const logger = createLogger({ level: "warn", format: "json" });
    const out = defaultOutDir(opts.scale, opts.seed);
    if (!existsSync(out) || expandImportPaths([out]).length === 0) {
      console.log(`generating ${opts.scale} (seed ${opts.seed}) into ${out}...`);
      await generate(await loadWorld(seedFiles()), { scale: opts.scale, seed: opts.seed, outDir: out });
    }
    const files = expandImportPaths([out]);

    await withThrowawayNeo4j("import", { heap: "2g", pageCache: "1g" }, async (neo4j) => {
      const db = await connectDatabase({ uri: neo4j.uri, username: "neo4j", password: neo4j.password, database: "neo4j", queryTimeoutMs: 600_000, connectionTimeoutMs: 5_000 }, logger);
      await applySchema(db.runner, logger);
      const importer = new ImportService(db.runner, logger);
      await importer.importFiles(seedFiles());
      // Warm-up (JIT, plan cache) on other synthetic data, so the timed passes measure steady state.
      const warmDir = join(neo4j.dir, "warm-up");
      await generate(await loadWorld(seedFiles()), { scale: "small", seed: opts.seed + 1_000, outDir: warmDir });
      await importer.importFiles(expandImportPaths([warmDir]));

      const runs = [];
      for (const pass of ["first import (all created)", "second import (all unchanged)"]) {
        const phases = new PhaseClock();
        const t0 = performance.now();
        const s = await importer.importFiles(files, { batchSize: opts.batchSize, observer: phases.observer, onValidated: () => phases.add("read and validate", performance.now() - t0) });
        const seconds = (performance.now() - t0) / 1000;
        phases.add("other (commits, client)", seconds * 1000 - phases.total());
        const rels = s.relationships.created + s.relationships.updated + s.relationships.unchanged;
        const nodes = s.nodes.created + s.nodes.updated + s.nodes.unchanged;
        runs.push({ pass, seconds: round(seconds), nodes, relationships: rels, relationshipsPerSecond: Math.round(rels / seconds), recordsPerSecond: Math.round((rels + nodes) / seconds), summary: s.relationships, phases: phases.seconds() });
      }
      await db.close();

      const result = {
        benchmark: "import-throughput",
        scale: opts.scale,
        seed: opts.seed,
        batchSize: opts.batchSize,
        files: files.length,
        machine: { ...machine(), neo4j: neo4j.version },
        runs,
      };
      console.log(`\n| pass | records | seconds | relationships/s | records/s |\n|---|---:|---:|---:|---:|`);
      for (const r of runs) console.log(`| ${r.pass} | ${(r.nodes + r.relationships).toLocaleString("en")} | ${r.seconds} | ${r.relationshipsPerSecond.toLocaleString("en")} | ${r.recordsPerSecond.toLocaleString("en")} |`);
      console.log(`\nWhere the time goes (seconds):\n\n| phase | ${runs.map((r) => r.pass).join(" | ")} |\n|---|${runs.map(() => "---:").join("|")}|`);
      for (const phase of Object.keys(runs[0]?.phases ?? {})) console.log(`| ${phase} | ${runs.map((r) => r.phases[phase] ?? 0).join(" | ")} |`);
      console.log(`\nwrote ${writeResult(`import-${opts.scale}`, new Date().toISOString(), "json", JSON.stringify(result, null, 2))}`);
    });
  });

const round = (x: number) => Math.round(x * 100) / 100;

/** Milliseconds spent per statement (by cypher file) and per named phase of one pass. */
class PhaseClock {
  private readonly ms = new Map<string, number>();

  readonly observer: QueryObserver = {
    onStatement: (query) => {
      const t0 = performance.now();
      return () => this.add(`cypher/${query.name}`, performance.now() - t0);
    },
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
