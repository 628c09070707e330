/**
 * Exports of the whole cooperation network (synthetic data and organizations
 * included) in every format, over real HTTP, on a Neo4j of its own loaded with
 * the seed and the generated data of a scale. Run with
 * `npm run bench:export -- [--scale small|medium|large] [--seed N] [--rounds N]`.
 * For each format: bytes, time to the first byte and to the last, cold (the
 * first export of the run) and warm (the best later round), and the process's
 * peak RSS and heap above its level before the export. Prints a table and
 * writes bench/results/export-<scale>-<time>.json and .md.
 */
import { existsSync } from "node:fs";
import { get } from "node:http";
import type { AddressInfo } from "node:net";
import { Command, Option } from "commander";
import { connectDatabase } from "../src/db/database.js";
import { applySchema } from "../src/db/schema.apply.js";
import { FORMATS } from "../src/export/export.formats.js";
import { defaultOutDir } from "../src/generate/generate.paths.js";
import { generate, SCALES, type Scale } from "../src/generate/generate.service.js";
import { loadWorld } from "../src/generate/generate.world.js";
import { expandImportPaths } from "../src/import/import.files.js";
import { ImportService } from "../src/import/import.service.js";
import { createLogger } from "../src/logging/logger.js";
import { seedFiles } from "../src/seed/seed.loader.js";
import { buildApp } from "../src/server.js";
import { machine, positiveInt, withThrowawayNeo4j, writeResult } from "./support/bench-env.js";

interface Measure {
  status: number;
  bytes: number;
  firstByteMs: number;
  totalMs: number;
  peakRssMiB: number;
  peakHeapMiB: number;
}

const MiB = 2 ** 20;
const gc = (globalThis as { gc?: () => void }).gc;

/** Downloads url, discarding the bytes, while sampling this process's memory (the server's, since the client keeps nothing). */
function download(url: string): Promise<Measure> {
  gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let bytes = 0;
      let firstByteMs = 0;
      res.on("data", (chunk: Buffer) => {
        if (bytes === 0) firstByteMs = performance.now() - t0;
        bytes += chunk.length;
      });
      res.on("end", () => {
        clearInterval(sampler);
        resolve({
          status: res.statusCode ?? 0,
          bytes,
          firstByteMs: Math.round(firstByteMs),
          totalMs: Math.round(performance.now() - t0),
          peakRssMiB: Math.round((peakRss - base.rss) / MiB),
          peakHeapMiB: Math.round((peakHeap - base.heapUsed) / MiB),
        });
      });
      res.on("error", reject);
    }).on("error", (err) => {
      clearInterval(sampler);
      reject(err);
    });
  });
}

const program = new Command("bench:export")
  .addOption(new Option("--scale <scale>").choices(Object.keys(SCALES)).default("medium"))
  .option("--seed <n>", "generator seed", positiveInt, 1)
  .option("--rounds <n>", "exports per format (the first is the cold one)", positiveInt, 3)
  .action(async (opts: { scale: Scale; seed: number; rounds: number }) => {
    const logger = createLogger({ level: "warn", format: "json" });
    const out = defaultOutDir(opts.scale, opts.seed);
    if (!existsSync(out) || expandImportPaths([out]).length === 0) {
      console.log(`generating ${opts.scale} (seed ${opts.seed}) into ${out}...`);
      await generate(await loadWorld(seedFiles()), { scale: opts.scale, seed: opts.seed, outDir: out });
    }
    await withThrowawayNeo4j("export", { heap: "2g", pageCache: "1g" }, async (neo4j) => {
      const db = await connectDatabase({ uri: neo4j.uri, username: "neo4j", password: neo4j.password, database: "neo4j", queryTimeoutMs: 600_000, connectionTimeoutMs: 5_000 }, logger);
      await applySchema(db.runner, logger);
      const importer = new ImportService(db.runner, logger);
      await importer.importFiles(seedFiles());
      const t0 = performance.now();
      await importer.importFiles(expandImportPaths([out]));
      console.log(`imported ${opts.scale} in ${Math.round((performance.now() - t0) / 1000)} s`);

      const app = await buildApp({ db, logger, limits: { exportMaxEdges: 50_000_000 } });
      await app.listen({ host: "127.0.0.1", port: 0 });
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/export/network`;
      const query = "includeSynthetic=true&includeOrganizations=true";

      const rows = [];
      let shape = { nodes: 0, edges: 0 };
      for (const format of FORMATS) {
        const runs: Measure[] = [];
        for (let round = 0; round < opts.rounds; round++) runs.push(await download(`${base}.${format.name}?${query}`));
        if (runs.some((r) => r.status !== 200)) throw new Error(`${format.name}: status ${runs.map((r) => r.status).join(", ")}`);
        const [cold, ...warm] = runs as [Measure, ...Measure[]];
        const best = warm.length ? warm.reduce((a, b) => (b.totalMs < a.totalMs ? b : a)) : cold;
        rows.push({ format: format.name, bytes: cold.bytes, cold, warm: best, peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)), peakHeapMiB: Math.max(...runs.map((r) => r.peakHeapMiB)) });
        console.log(`${format.name}: ${(cold.bytes / MiB).toFixed(1)} MiB, cold ${cold.totalMs} ms, warm ${best.totalMs} ms`);
      }
      const csv = await fetch(`${base}.edges.csv?${query}`).then((r) => r.text());
      const nodesCsv = await fetch(`${base}.nodes.csv?${query}`).then((r) => r.text());
      shape = { nodes: nodesCsv.trimEnd().split("\n").length - 1, edges: csv.trimEnd().split("\n").length - 1 };
      await app.close();
      await db.close();

      const when = new Date().toISOString();
      const result = { benchmark: "export", scale: opts.scale, seed: opts.seed, rounds: opts.rounds, query, network: shape, machine: { ...machine(), neo4j: neo4j.version }, gcExposed: gc !== undefined, rows };
      const md = [
        `Whole cooperation network (${query}), ${opts.scale} scale: ${shape.nodes.toLocaleString("en")} nodes, ${shape.edges.toLocaleString("en")} edges.`,
        "",
        "| format | size | first byte cold · warm | total cold · warm | peak RSS above start | peak heap above start |",
        "|---|---:|---:|---:|---:|---:|",
        ...rows.map(
          (r) =>
            `| ${r.format} | ${(r.bytes / MiB).toFixed(1)} MiB | ${r.cold.firstByteMs} · ${r.warm.firstByteMs} ms | ${r.cold.totalMs} · ${r.warm.totalMs} ms | ${r.peakRssMiB} MiB | ${r.peakHeapMiB} MiB |`,
        ),
      ].join("\n");
      console.log(`\n${md}\n`);
      writeResult(`export-${opts.scale}`, when, "md", `${md}\n`);
      console.log(`wrote ${writeResult(`export-${opts.scale}`, when, "json", JSON.stringify(result, null, 2))}`);
    });
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
