/**
 * Soak: concurrent clients mixing reads and editor writes against coopgraph on
 * loopback for a bounded time, on a Neo4j of its own (throwaway folder, free
 * ports) with the seed loaded. The server runs from the build (dist/) in a
 * child process, as users run it, so its heap is sampled (after a GC) apart
 * from the load. Run with
 * `npm run bench:soak -- [--duration 60] [--clients 16] [--write-every 10]`.
 * Prints figures and a verdict and writes bench/results/soak-<time>.json;
 * exits 1 when a request failed or memory grew.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { generateApiKey } from "../src/auth/auth.api-keys.js";
import { projectRoot } from "../src/config/project-root.js";
import { connectDatabase } from "../src/db/database.js";
import { applySchema } from "../src/db/schema.apply.js";
import { LocalNeo4j } from "../src/local-neo4j/local-neo4j.js";
import { freePort } from "../src/local-neo4j/ports.js";
import { createLogger } from "../src/logging/logger.js";
import { seedIfEmpty } from "../src/seed/seed.loader.js";
import { memoryTrend, runSoak, type MemorySample } from "./soak/soak.load.js";
import { startChild, type ChildServer } from "./support/child.js";

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number of at least 1, got ${v}`);
  return n;
};

const program = new Command("bench:soak")
  .option("--duration <seconds>", "how long the load runs", positive, 60)
  .option("--clients <n>", "concurrent clients", positive, 16)
  .option("--write-every <n>", "one request in n is an editor write", positive, 10)
  .option("--sample-every <seconds>", "server memory sampling interval", positive, 5)
  .action(async (opts: { duration: number; clients: number; writeEvery: number; sampleEvery: number }) => {
    const logger = createLogger({ level: "warn", format: "json" });
    const dir = mkdtempSync(join(tmpdir(), "coopgraph-bench-soak-"));
    const password = "bench-soak";
    const neo4j = new LocalNeo4j({
      root: projectRoot(), instanceDir: dir, boltPort: await freePort(), httpPort: await freePort(),
      heap: "1g", pageCache: "512m", startTimeoutMs: 180_000, password, report: (m) => console.log(m),
    });
    await neo4j.start();
    let server: ChildServer | undefined;
    try {
      const db = await connectDatabase({ uri: neo4j.uri, username: "neo4j", password, database: "neo4j", queryTimeoutMs: 120_000, connectionTimeoutMs: 5_000 }, logger);
      await applySchema(db.runner, logger);
      await seedIfEmpty(db.runner, logger);
      await db.close();

      const editorKey = generateApiKey();
      const child = await startChild(
        "support/coopgraph.server.ts",
        { BENCH_NEO4J_URI: neo4j.uri, BENCH_NEO4J_PASSWORD: password, BENCH_EDITOR_KEY: editorKey },
        { compiled: true },
      );
      server = child;
      const url = `http://127.0.0.1:${child.port}/graphql`;
      const started = performance.now();
      const sampleMemory = async (): Promise<MemorySample> => {
        const m = await child.memory();
        return { atMs: Math.round(performance.now() - started), heapUsedMB: m.heapUsedMB, rssMB: m.rssMB };
      };

      console.log(`soak: ${opts.clients} clients for ${opts.duration} s against ${url} (one request in ${opts.writeEvery} an editor write)...`);
      const result = await runSoak({ url, editorKey, clients: opts.clients, durationMs: opts.duration * 1000, writeEvery: opts.writeEvery, sampleMemory, sampleEveryMs: opts.sampleEvery * 1000 });
      // The first fifth of the run (JIT, plan and connection caches) is warm-up.
      const trend = memoryTrend(result.memory, opts.duration * 200);
      const ok = result.failures === 0 && (trend?.flat ?? false);
      const report = {
        benchmark: "soak",
        when: new Date().toISOString(),
        machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, neo4j: neo4j.version },
        options: opts,
        ...result,
        written: result.written.size,
        memoryTrend: trend,
        verdict: ok ? "pass" : "fail",
      };

      console.log(`\n| requests | failures | req/s | read p50 / p99 ms | write p50 / p99 ms | heap after warm-up → end (MB) | heap slope MB/min |`);
      console.log(`|---:|---:|---:|---:|---:|---:|---:|`);
      console.log(
        `| ${result.requests} | ${result.failures} | ${result.requestsPerSecond} | ${result.reads.p50Ms} / ${result.reads.p99Ms} | ${result.writes.p50Ms} / ${result.writes.p99Ms} | ${trend?.startMB ?? "?"} → ${trend?.endMB ?? "?"} | ${trend?.slopeMBPerMin ?? "?"} |`,
      );
      console.log(`\n| operation | count | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|`);
      for (const [name, s] of Object.entries(result.byOperation)) console.log(`| ${name} | ${s.count} | ${s.p50Ms} | ${s.p99Ms} | ${s.maxMs} |`);
      for (const f of result.failureSamples) console.log(`failure: ${f}`);
      console.log(`\nverdict: ${report.verdict} (${result.failures} failed requests; memory ${trend?.flat ? "flat" : "growing or not enough samples"})`);

      const resultsDir = join(projectRoot(), "bench", "results");
      mkdirSync(resultsDir, { recursive: true });
      const path = join(resultsDir, `soak-${report.when.replace(/[:.]/g, "-")}.json`);
      writeFileSync(path, JSON.stringify(report, null, 2));
      console.log(`wrote ${path}`);
      process.exitCode = ok ? 0 : 1;
    } finally {
      await server?.stop();
      await neo4j.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
