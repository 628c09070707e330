/**
 * Network metrics benchmark: `npm run bench:metrics -- --scale small|medium|large`.
 * Loads the seed and the generated data of a scale into a Neo4j of its own,
 * then, through GraphQL (buildApp + inject, the worker thread as users run
 * it), measures on the whole network (synthetic data and organizations
 * included): reading the network (and starting the worker thread), then
 * each metric cold (network cached, metric not) and cached, with the memory each step takes (main heap and RSS, RSS
 * sampled while it runs, worker thread included). Writes
 * bench/results/metrics-<scale>-<time>.{json,md}.
 */
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { Command, Option } from "commander";
import { connectDatabase } from "../src/db/database.js";
import { SCALES, type Scale } from "../src/generate/generate.service.js";
import { createLogger } from "../src/logging/logger.js";
import { buildApp, type App } from "../src/server.js";
import { loadData } from "./perf/perf.bench.js";
import { METRICS_CHANNEL, type MetricsEvent } from "../src/network/network.thread.js";
import { machine, positiveInt, withThrowawayNeo4j, writeResult } from "./support/bench-env.js";

const logger = createLogger({ level: "warn", format: "json" });

const WHOLE = "includeSynthetic: true, includeOrganizations: true";

/**
 * Each step: a query and what it measures. The first reads the network and starts the worker thread
 * (its size, and degree, the cheapest metric); each next one computes one metric on the cached network.
 */
const STEPS: { name: string; query: string }[] = [
  { name: "read the network, start the worker (DEGREE)", query: `{ rankings(${WHOLE}, metric: DEGREE, first: 1) { actors { entityId value } metrics { nodeCount edgeCount } } }` },
  ...["STRENGTH", "CLUSTERING", "PAGE_RANK", "EIGENVECTOR", "BETWEENNESS"].map((metric) => ({
    name: metric,
    // Only the betweenness step asks how betweenness was computed: asking computes it.
    query: `{ rankings(${WHOLE}, metric: ${metric}, first: 10) { actors { entityId value } ${metric === "BETWEENNESS" ? "metrics { betweenness { exact pivots seed } }" : ""} } }`,
  })),
  { name: "COMMUNITIES (Louvain)", query: `{ rankings(${WHOLE}, metric: DEGREE, first: 1) { metrics { communities { count modularity } } } }` },
];

interface Row {
  step: string;
  coldMs: number;
  /** The computation alone, in the worker (first job to last end of the step). */
  workerMs: number;
  cachedMs: number;
  heapDeltaMB: number;
  rssDeltaMB: number;
  peakRssDeltaMB: number;
  note: string;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

async function ask(app: App, query: string): Promise<{ ms: number; body: Record<string, unknown> }> {
  const start = performance.now();
  const res = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query } });
  const ms = performance.now() - start;
  const body = res.json() as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return { ms, body: body.data ?? {} };
}

/**
 * Runs a step with the heap and RSS before and after (after a full
 * collection), the highest RSS seen while it ran, and the time the worker
 * spent (its start and end events).
 */
async function measured(app: App, query: string) {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peak = before.rss;
  let workerMs = 0;
  let started = 0;
  const onEvent = (message: unknown) => {
    const event = message as MetricsEvent;
    if (event.phase === "start") started = performance.now();
    else workerMs += performance.now() - started;
  };
  subscribe(METRICS_CHANNEL.name, onEvent);
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const cold = await ask(app, query);
  clearInterval(sampler);
  unsubscribe(METRICS_CHANNEL.name, onEvent);
  peak = Math.max(peak, process.memoryUsage.rss());
  globalThis.gc?.();
  const after = process.memoryUsage();
  const cached = await ask(app, query);
  return { cold, workerMs, cachedMs: cached.ms, heapDeltaMB: mb(after.heapUsed - before.heapUsed), rssDeltaMB: mb(after.rss - before.rss), peakRssDeltaMB: mb(peak - before.rss) };
}

function note(step: string, data: Record<string, unknown>): string {
  const text = JSON.stringify(data);
  if (step.startsWith("read")) return `${/"nodeCount":(\d+)/.exec(text)?.[1]} actors, ${/"edgeCount":(\d+)/.exec(text)?.[1]} edges`;
  if (step === "BETWEENNESS") return /"exact":true/.test(text) ? "exact" : `sampled: ${/"pivots":(\d+)/.exec(text)?.[1]} pivots, seed ${/"seed":(\d+)/.exec(text)?.[1]}`;
  if (step.startsWith("COMMUNITIES")) return `${/"count":(\d+)/.exec(text)?.[1]} communities, modularity ${Number(/"modularity":([\d.]+)/.exec(text)?.[1]).toFixed(3)}`;
  return "";
}

function markdown(rows: Row[]): string {
  const lines = [
    "| step | cold ms | of which worker ms | cached ms | heap Δ MB | RSS Δ MB | peak RSS Δ MB | note |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map((r) => `| ${r.step} | ${Math.round(r.coldMs)} | ${Math.round(r.workerMs)} | ${r.cachedMs.toFixed(1)} | ${r.heapDeltaMB} | ${r.rssDeltaMB} | ${r.peakRssDeltaMB} | ${r.note} |`),
  ];
  return lines.join("\n");
}

const program = new Command("bench:metrics")
  .addOption(new Option("--scale <scale>", "generated data on top of the seed").choices(Object.keys(SCALES)).default("medium"))
  .option("--seed <n>", "generator seed", positiveInt, 1)
  .option("--max-edges <n>", "the network metrics limit for the run", positiveInt, 5_000_000)
  .action((opts: { scale: Scale; seed: number; maxEdges: number }) =>
    withThrowawayNeo4j("metrics", { heap: "2g", pageCache: "1g" }, async (neo4j) => {
      const db = await connectDatabase({ uri: neo4j.uri, username: "neo4j", password: neo4j.password, database: "neo4j", queryTimeoutMs: 600_000, connectionTimeoutMs: 5_000 }, logger);
      let app: App | undefined;
      try {
        await loadData(db, opts.scale, opts.seed, (line) => console.log(line));
        app = await buildApp({ db, logger, limits: { metricsMaxEdges: opts.maxEdges, metricsTimeoutMs: 3_600_000 } });
        const rows: Row[] = [];
        for (const step of STEPS) {
          console.log(`${step.name}...`);
          const m = await measured(app, step.query);
          rows.push({ step: step.name, coldMs: m.cold.ms, workerMs: m.workerMs, cachedMs: m.cachedMs, heapDeltaMB: m.heapDeltaMB, rssDeltaMB: m.rssDeltaMB, peakRssDeltaMB: m.peakRssDeltaMB, note: note(step.name, m.cold.body) });
        }
        const when = new Date().toISOString();
        const table = markdown(rows);
        const report = { benchmark: "network-metrics", when, scale: opts.scale, seed: opts.seed, neo4j: neo4j.version, machine: machine(), rows };
        console.log(`\n${table}\n`);
        console.log(`wrote ${writeResult(`metrics-${opts.scale}`, when, "json", JSON.stringify(report, null, 2))}`);
        console.log(`wrote ${writeResult(`metrics-${opts.scale}`, when, "md", `${table}\n`)}`);
      } finally {
        await app?.close();
        await db.close();
      }
    }),
  );

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
