/**
 * Side-by-side performance report: `npm run bench -- --scale small|medium`
 * (or `--smoke`: the seed alone, one short round). Starts a Neo4j of its own
 * (throwaway folder, free ports), loads the data, measures the query mix on
 * the floor (bare node:http + neo4j-driver, same Cypher), coopgraph and the
 * peer (@neo4j/graphql), alternating, and writes
 * bench/results/bench-<scale>-<time>.{json,md}.
 */
import { Command, Option } from "commander";
import { SCALES, type Scale } from "../src/generate/generate.service.js";
import { runBench, writeReport } from "./perf/perf.bench.js";
import { positiveInt, withThrowawayNeo4j } from "./support/bench-env.js";

const program = new Command("bench")
  .addOption(new Option("--scale <scale>", "generated data on top of the seed").choices(Object.keys(SCALES)).default("medium"))
  .option("--smoke", "the seed alone, one round of one second per query and server: checks the benchmark works", false)
  .option("--seed <n>", "generator seed", positiveInt, 1)
  .option("--connections <n>", "concurrent clients", positiveInt, 16)
  .option("--duration <seconds>", "per query, server and round", positiveInt, 10)
  .option("--rounds <n>", "rounds (servers alternate within each)", positiveInt, 3)
  .option("--only <names...>", "measure only the queries whose name contains one of these words (e.g. --only one-hop nested)")
  .option("--neo4j <uri>", "use this Neo4j (password in BENCH_NEO4J_PASSWORD) instead of a throwaway one; its data is loaded only if it has none")
  .action((opts: { scale: Scale; smoke: boolean; seed: number; connections: number; duration: number; rounds: number; only?: string[]; neo4j?: string }) =>
    withNeo4j(opts.neo4j, async (neo4j) => {
      const report = await runBench({
        neo4j: { uri: neo4j.uri, password: neo4j.password },
        only: opts.only,
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
    }),
  );

/** The Neo4j named by --neo4j, or a throwaway one for the run. */
function withNeo4j<T>(uri: string | undefined, work: (neo4j: { uri: string; password: string }) => Promise<T>): Promise<T> {
  if (!uri) return withThrowawayNeo4j("graphql", { heap: "2g", pageCache: "1g" }, work);
  const password = process.env.BENCH_NEO4J_PASSWORD;
  if (!password) throw new Error("--neo4j needs the password in BENCH_NEO4J_PASSWORD");
  return work({ uri, password });
}

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
