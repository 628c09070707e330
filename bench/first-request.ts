/**
 * The first request after a start against the same request warm:
 * `npm run bench:first -- [--scale seed|small|medium|large] [--trials 3] [--neo4j <uri>]`.
 * Loads the data into a Neo4j (a throwaway one unless --neo4j), then for each
 * trial and for the warm-up off and on: clears Neo4j's query caches (as a
 * freshly started Neo4j has none), starts the server as `npm start` runs it
 * (node dist/src/main.js, with NEO4J_URI), waits for "coopgraph ready", and
 * times the first request of each query of the mix's everyday reads, then
 * the median of 20 more. Neo4j's page cache stays warm between trials: this
 * measures the server's own start-up cost and Neo4j's planning, not a cold
 * disk. Writes bench/results/first-request-<scale>-<time>.{json,md}.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Command, Option } from "commander";
import { SERVER_NODE_FLAGS } from "../src/config/node-flags.js";
import { projectRoot } from "../src/config/project-root.js";
import { connectDatabase } from "../src/db/database.js";
import { freePort } from "../src/local-neo4j/ports.js";
import { createLogger } from "../src/logging/logger.js";
import { SCALES, type Scale } from "../src/generate/generate.service.js";
import { loadData, pickSubjects } from "./perf/perf.bench.js";
import { queryMix } from "./perf/perf.mix.js";
import { machine, positiveInt, withThrowawayNeo4j, writeResult } from "./support/bench-env.js";

const logger = createLogger({ level: "warn", format: "json" });
const EVERYDAY = ["id lookup", "one-hop paged list", "three-level nested"];

interface Row {
  warmup: boolean;
  trial: number;
  query: string;
  readyMs: number;
  /** How long the warm-up took from its start (it goes on past readiness when longer than its cap). */
  warmupMs?: number;
  firstMs: number;
  /** The first request's error code (QUERY_TIMEOUT...), if it failed. */
  firstError?: string;
  warmMedianMs: number;
}

/** Starts dist/src/main.js as `npm start` does (its node flags) against the given Neo4j; resolves with its port once it says "coopgraph ready". */
async function startServer(neo4j: { uri: string; password: string }, warmup: boolean) {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(projectRoot(), "dist", "src", "main.js")], {
    cwd: projectRoot(),
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: "neo4j",
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(port),
      COOPGRAPH_SEED_ON_EMPTY: "false",
      COOPGRAPH_WARMUP: String(warmup),
      LOG_FORMAT: "json",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("coopgraph ready")) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before it was ready:\n${output}`)));
  });
  const readyMs = Math.round(performance.now() - startedAt);
  const warmupMs = async () => {
    if (!warmup) return undefined;
    for (let i = 0; i < 600 && !/"msg":"warm-up (done|failed)/.test(output); i++) await new Promise((r) => setTimeout(r, 100));
    const ms = /"ms":(\d+)[^\n]*"msg":"warm-up done"/.exec(output)?.[1];
    return ms === undefined ? undefined : Number(ms);
  };
  const stop = () => new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
  return { port, readyMs, warmupMs, stop };
}

/** The time a request took, and its error code if it failed (a cold plan can run past the query time limit). */
async function timed(port: number, body: string): Promise<{ ms: number; error?: string }> {
  const t = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await res.text();
  const ms = performance.now() - t;
  if (res.status === 200 && !text.includes('"errors"')) return { ms };
  const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? `HTTP ${res.status}`;
  return { ms, error: code };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function run(neo4j: { uri: string; password: string }, opts: { scale: Scale | "seed"; trials: number }): Promise<Row[]> {
  const db = await connectDatabase({ uri: neo4j.uri, username: "neo4j", password: neo4j.password, database: "neo4j", queryTimeoutMs: 600_000, connectionTimeoutMs: 5_000 }, logger);
  const rows: Row[] = [];
  try {
    await loadData(db, opts.scale === "seed" ? undefined : opts.scale, 1, (line) => console.log(line));
    const mix = queryMix(await pickSubjects(db)).filter((q) => EVERYDAY.includes(q.name));
    for (let trial = 1; trial <= opts.trials; trial++) {
      for (const warmup of [false, true]) {
        // A fresh Neo4j has no plans: without this, the previous server's would be reused.
        await db.driver.executeQuery("CALL db.clearQueryCaches()", {}, { database: db.name });
        const server = await startServer(neo4j, warmup);
        const trialRows: Row[] = [];
        try {
          for (const q of mix) {
            const body = JSON.stringify({ query: q.query, variables: q.variables });
            const first = await timed(server.port, body);
            const warm: number[] = [];
            for (let i = 0; i < 20; i++) {
              const r = await timed(server.port, body);
              if (r.error) throw new Error(`${q.name}: a warm request failed (${r.error})`);
              warm.push(r.ms);
            }
            const row: Row = { warmup, trial, query: q.name, readyMs: server.readyMs, firstMs: Math.round(first.ms), warmMedianMs: Math.round(median(warm) * 10) / 10 };
            if (first.error) row.firstError = first.error;
            rows.push(row);
            trialRows.push(row);
            console.log(`trial ${trial} · warm-up ${warmup ? "on" : "off"} · ${q.name}: ready after ${row.readyMs} ms, first ${row.firstMs} ms${first.error ? ` (${first.error})` : ""}, warm median ${row.warmMedianMs} ms`);
          }
          // Measured after the requests: waiting for it first would hide its overlap with them.
          const warmupMs = await server.warmupMs();
          if (warmupMs !== undefined) for (const row of trialRows) row.warmupMs = warmupMs;
          if (warmup) console.log(`trial ${trial} · warm-up took ${warmupMs ?? "?"} ms`);
        } finally {
          await server.stop();
        }
      }
    }
    return rows;
  } finally {
    await db.close();
  }
}

function table(rows: Row[]): string {
  const lines = ["| query | warm-up | ready after (ms) | warm-up took (ms) | first request (ms) | warm median (ms) | first / warm | first requests failed |", "|---|---|---:|---:|---:|---:|---:|---:|"];
  for (const query of EVERYDAY) {
    for (const warmup of [false, true]) {
      const mine = rows.filter((r) => r.query === query && r.warmup === warmup);
      if (mine.length === 0) continue;
      const first = median(mine.map((r) => r.firstMs));
      const warm = median(mine.map((r) => r.warmMedianMs));
      const failed = mine.filter((r) => r.firstError).map((r) => r.firstError);
      const took = mine.flatMap((r) => (r.warmupMs === undefined ? [] : [r.warmupMs]));
      lines.push(`| ${query} | ${warmup ? "on" : "off"} | ${median(mine.map((r) => r.readyMs))} | ${took.length ? median(took) : "—"} | ${first} | ${warm} | ${Math.round((first / warm) * 10) / 10} | ${failed.length} of ${mine.length}${failed.length ? ` (${[...new Set(failed)].join(", ")})` : ""} |`);
    }
  }
  return lines.join("\n");
}

const program = new Command("bench:first")
  .addOption(new Option("--scale <scale>", "generated data on top of the seed (seed: the seed alone)").choices(["seed", ...Object.keys(SCALES)]).default("medium"))
  .option("--trials <n>", "starts per setting", positiveInt, 3)
  .option("--neo4j <uri>", "use this Neo4j (password in BENCH_NEO4J_PASSWORD); its data is loaded only if it has none")
  .action(async (opts: { scale: Scale | "seed"; trials: number; neo4j?: string }) => {
    const go = async (neo4j: { uri: string; password: string }) => {
      const rows = await run(neo4j, opts);
      const when = new Date().toISOString();
      const markdown = table(rows);
      console.log(`\n${markdown}\n`);
      const stem = `first-request-${opts.scale}`;
      console.log(`wrote ${writeResult(stem, when, "json", JSON.stringify({ benchmark: "first-request", when, scale: opts.scale, trials: opts.trials, machine: machine(), rows }, null, 2))}`);
      console.log(`wrote ${writeResult(stem, when, "md", `# first request after a start (${opts.scale})\n\n${markdown}\n`)}`);
    };
    if (!opts.neo4j) return withThrowawayNeo4j("first", { heap: "2g", pageCache: "1g" }, go);
    const password = process.env.BENCH_NEO4J_PASSWORD;
    if (!password) throw new Error("--neo4j needs the password in BENCH_NEO4J_PASSWORD");
    return go({ uri: opts.neo4j, password });
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
