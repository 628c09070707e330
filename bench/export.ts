/**
 * Exports of the whole cooperation network (synthetic data and organizations
 * included) in every format, over real HTTP, on a Neo4j of its own loaded with
 * the seed and the generated data of a scale. Run with
 * `npm run bench:export -- [--scale small|medium|large] [--seed N] [--rounds N]`.
 * For each format: bytes, time to the first byte and to the last, cold (the
 * first export of the run) and warm (the best later round), and the process's
 * peak RSS and heap above its level before the export. Prints a table and
 * writes bench/results/export-<scale>-<time>.json and .md. With
 * `--writers <edges>`, only the writers, on a made-up network (no Neo4j).
 */
import { existsSync } from "node:fs";
import { get } from "node:http";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { AddressInfo } from "node:net";
import { Command, Option } from "commander";
import { connectDatabase } from "../src/db/database.js";
import { applySchema } from "../src/db/schema.apply.js";
import { FORMATS } from "../src/export/export.formats.js";
import { networkGraph } from "../src/export/export.graph.js";
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

/**
 * The writers alone, without Neo4j or HTTP: a made-up network of `edges` edges
 * among `edges / 20` members (dates, weight per year and sources on every
 * edge) written in every format to a sink that drops the bytes. Shows what
 * writing costs, and that memory does not grow with the file.
 */
async function writersOnly(edges: number): Promise<void> {
  const nodeCount = Math.max(2, Math.round(edges / 20));
  const ids = Array.from({ length: nodeCount }, (_, i) => `member:m${i}`);
  const entities = new Map(ids.map((id, i) => [id, { id, __typename: "Member" as const, name: `Member ${i}`, kind: "COUNTRY", sources: [`source:s${i % 50}`], synthetic: true, uncertain: false, alternatives: [] }]));
  const networkEdges = Array.from({ length: edges }, (_, k) => {
    const a = k % nodeCount;
    const b = (a + 1 + Math.floor(k / nodeCount)) % nodeCount;
    return { source: ids[Math.min(a, b)]!, target: ids[Math.max(a, b)]!, weight: 1 + (k % 7), firstDate: "2015-03", lastDate: "2024", weightByYear: [{ year: 2015, weight: 1 }, { year: 2024, weight: k % 7 }], undatedWeight: 0, sources: [`source:s${k % 50}`, `source:s${(k + 1) % 50}`] };
  });
  const nodes = ids.map((id) => ({ id, degree: 40, strength: 160, keptDegree: 40, keptStrength: 160, via: [] }));
  const graph = networkGraph("network", { nodes, edges: networkEdges }, entities);
  graph.description = `made-up network, ${edges} edges`;
  console.log(`\n| format (made-up network: ${nodeCount.toLocaleString("en")} nodes, ${edges.toLocaleString("en")} edges) | size | seconds | peak live heap above start |\n|---|---:|---:|---:|`);
  for (const format of FORMATS) {
    // Two passes: one timed, one that collects garbage every 8 MiB of file to see the live heap (the collections would skew the time).
    const timed = await drain(format, graph, false);
    const measured = await drain(format, graph, true);
    console.log(`| ${format.name} | ${(timed.bytes / MiB).toFixed(1)} MiB | ${timed.seconds.toFixed(2)} | ${measured.peakMiB} MiB |`);
  }
}

/** Writes the graph in a format to a sink that drops the bytes. */
async function drain(format: (typeof FORMATS)[number], graph: ReturnType<typeof networkGraph>, watchHeap: boolean): Promise<{ bytes: number; seconds: number; peakMiB: number }> {
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let bytes = 0;
  let nextCheck = 0;
  const t0 = performance.now();
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (watchHeap && bytes >= nextCheck) {
        nextCheck = bytes + 8 * MiB;
        gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
      done();
    },
  });
  await pipeline(format.write(graph, "2026-01-01"), sink);
  return { bytes, seconds: (performance.now() - t0) / 1000, peakMiB: Math.round((peak - base) / MiB) };
}

const program = new Command("bench:export")
  .addOption(new Option("--scale <scale>").choices(Object.keys(SCALES)).default("medium"))
  .option("--writers <edges>", "only the writers, on a made-up network of this many edges (no Neo4j)", positiveInt)
  .option("--seed <n>", "generator seed", positiveInt, 1)
  .option("--rounds <n>", "exports per format (the first is the cold one)", positiveInt, 3)
  .action(async (opts: { scale: Scale; seed: number; rounds: number; writers?: number }) => {
    if (opts.writers) return writersOnly(opts.writers);
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
