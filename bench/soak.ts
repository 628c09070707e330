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
import { Command } from "commander";
import { generateApiKey } from "../src/auth/auth.api-keys.js";
import { connectDatabase } from "../src/db/database.js";
import { applySchema } from "../src/db/schema.apply.js";
import { createLogger } from "../src/logging/logger.js";
import { seedIfEmpty } from "../src/seed/seed.loader.js";
import { memoryTrend, runSoak, type MemorySample, type SoakResult } from "./soak/soak.load.js";
import { machine, positiveInt, withThrowawayNeo4j, writeResult } from "./support/bench-env.js";
import { startChild } from "./support/child.js";

interface SoakOptions {
  duration: number;
  clients: number;
  writeEvery: number;
  sampleEvery: number;
}

const program = new Command("bench:soak")
  .option("--duration <seconds>", "how long the load runs", positiveInt, 60)
  .option("--clients <n>", "concurrent clients", positiveInt, 16)
  .option("--write-every <n>", "one request in n is an editor write", positiveInt, 10)
  .option("--sample-every <seconds>", "server memory sampling interval", positiveInt, 5)
  .action((opts: SoakOptions) =>
    withThrowawayNeo4j("soak", { heap: "1g", pageCache: "512m" }, async (neo4j) => {
      const logger = createLogger({ level: "warn", format: "json" });
      const db = await connectDatabase({ uri: neo4j.uri, username: "neo4j", password: neo4j.password, database: "neo4j", queryTimeoutMs: 120_000, connectionTimeoutMs: 5_000 }, logger);
      await applySchema(db.runner, logger);
      await seedIfEmpty(db.runner, logger);
      await db.close();

      const editorKey = generateApiKey();
      const server = await startChild(
        "support/coopgraph.server.ts",
        { BENCH_NEO4J_URI: neo4j.uri, BENCH_NEO4J_PASSWORD: neo4j.password, BENCH_EDITOR_KEY: editorKey },
        { compiled: true },
      );
      try {
        const url = `http://127.0.0.1:${server.port}/graphql`;
        const started = performance.now();
        const sampleMemory = async (): Promise<MemorySample> => {
          const { heapUsedMB, rssMB } = await server.memory();
          return { atMs: Math.round(performance.now() - started), heapUsedMB, rssMB };
        };
        console.log(`soak: ${opts.clients} clients for ${opts.duration} s against ${url} (one request in ${opts.writeEvery} an editor write)...`);
        const result = await runSoak({ url, editorKey, clients: opts.clients, durationMs: opts.duration * 1000, writeEvery: opts.writeEvery, sampleMemory, sampleEveryMs: opts.sampleEvery * 1000 });
        process.exitCode = report(result, opts, neo4j.version) ? 0 : 1;
      } finally {
        await server.stop();
      }
    }),
  );

/** Prints the figures and the verdict, writes bench/results/soak-<time>.json; true when the soak passed. */
function report(result: SoakResult, opts: SoakOptions, neo4jVersion: string): boolean {
  // The first fifth of the run (JIT, plan and connection caches) is warm-up.
  const trend = memoryTrend(result.memory, opts.duration * 200);
  const ok = result.failures === 0 && (trend?.flat ?? false);
  const when = new Date().toISOString();
  const json = {
    benchmark: "soak",
    when,
    machine: { ...machine(), neo4j: neo4jVersion },
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
  console.log(`\nverdict: ${json.verdict} (${result.failures} failed requests; memory ${trend?.flat ? "flat" : "growing or not enough samples"})`);
  console.log(`wrote ${writeResult("soak", when, "json", JSON.stringify(json, null, 2))}`);
  return ok;
}

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
