/**
 * Side-by-side performance report: `npm run bench -- --scale small|medium`
 * (or `--smoke`: the seed alone, one short round). Starts a Neo4j of its own
 * (throwaway folder, free ports), loads the data, measures the query mix on
 * the floor (bare node:http + neo4j-driver, same Cypher) and on coopgraph,
 * alternating, and writes bench/results/bench-<scale>-<time>.{json,md}.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command, Option } from "commander";
import { projectRoot } from "../src/config/project-root.js";
import { SCALES, type Scale } from "../src/generate/generate.service.js";
import { LocalNeo4j } from "../src/local-neo4j/local-neo4j.js";
import { freePort } from "../src/local-neo4j/ports.js";
import { runBench, writeReport } from "./perf/perf.bench.js";

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number of at least 1, got ${v}`);
  return n;
};

const program = new Command("bench")
  .addOption(new Option("--scale <scale>", "generated data on top of the seed").choices(Object.keys(SCALES)).default("medium"))
  .option("--smoke", "the seed alone, one round of one second per query and server: checks the benchmark works", false)
  .option("--seed <n>", "generator seed", positive, 1)
  .option("--connections <n>", "concurrent clients", positive, 16)
  .option("--duration <seconds>", "per query, server and round", positive, 10)
  .option("--rounds <n>", "rounds (servers alternate within each)", positive, 3)
  .action(async (opts: { scale: Scale; smoke: boolean; seed: number; connections: number; duration: number; rounds: number }) => {
    const dir = mkdtempSync(join(tmpdir(), "coopgraph-bench-neo4j-"));
    const password = "bench-graphql";
    const neo4j = new LocalNeo4j({
      root: projectRoot(), instanceDir: dir, boltPort: await freePort(), httpPort: await freePort(),
      heap: "2g", pageCache: "1g", startTimeoutMs: 180_000, password, report: (m) => console.log(m),
    });
    await neo4j.start();
    try {
      const report = await runBench({
        neo4j: { uri: neo4j.uri, password },
        scale: opts.smoke ? undefined : opts.scale,
        seed: opts.seed,
        connections: opts.connections,
        durationSeconds: opts.smoke ? 1 : opts.duration,
        rounds: opts.smoke ? 1 : opts.rounds,
        compiled: true,
        progress: (line) => console.log(line),
      });
      console.log(`\n${report.markdown}\n`);
      const written = writeReport(report);
      console.log(`wrote ${written.json}\nwrote ${written.markdown}`);
      const errors = report.measurements.reduce((a, m) => a + m.errors, 0);
      if (errors > 0) {
        console.error(`${errors} requests failed or answered differently from the checked answer`);
        process.exitCode = 1;
      }
    } finally {
      await neo4j.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
