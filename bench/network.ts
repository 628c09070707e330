/**
 * Cooperation network benchmark: `npm run bench:network -- --scale small|medium|large`.
 * Loads the seed and the generated data of a scale into a Neo4j of its own,
 * then asks the same cooperationNetwork queries, side by side in one run, of
 * two apps on that database: one counting on the cooperation projection
 * (COOPGRAPH_PROJECTION=on, the default) and one running the statement
 * cypher/analysis/cooperation-network.cypher (off). Reports the projection's
 * build (the first request after a start or a write) with the memory it
 * keeps, then per query: the statement's time, the projection's first time
 * (counting) and its cached time, and the answers' equality. Writes
 * bench/results/network-<scale>-<time>.{json,md}.
 */
import { Command, Option } from "commander";
import { connectDatabase } from "../src/db/database.js";
import { SCALES, type Scale } from "../src/generate/generate.service.js";
import { createLogger } from "../src/logging/logger.js";
import { buildApp, type App } from "../src/server.js";
import { loadData } from "./perf/perf.bench.js";
import { machine, positiveInt, withThrowawayNeo4j, writeResult } from "./support/bench-env.js";

const logger = createLogger({ level: "warn", format: "json" });

const FIELDS = "totalEdges totalNodes truncated nodes { entityId degree strength } edges { source target weight firstDate lastDate undatedWeight weightByYear { year weight } sources }";

const QUERIES: { name: string; args: string }[] = [
  { name: "region AP", args: "region: \"AP\", includeSynthetic: true" },
  { name: "programme PGS, 2015-2020", args: "programme: \"PGS\", from: \"2015\", to: \"2020\", includeSynthetic: true" },
  { name: "region EUR, folded", args: "region: \"EUR\", foldMembers: true, includeSynthetic: true" },
  { name: "whole network, organizations in", args: "includeSynthetic: true, includeOrganizations: true" },
];

interface Row {
  query: string;
  edges: number;
  statementMs: number | null;
  statementNote: string;
  projectionFirstMs: number;
  projectionCachedMs: number;
  same: boolean | null;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

async function ask(app: App, args: string): Promise<{ ms: number; data?: unknown; error?: string }> {
  const query = `{ cooperationNetwork(${args}, maxEdges: 2000) { ${FIELDS} } }`;
  const start = performance.now();
  const res = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query } });
  const ms = performance.now() - start;
  const body = res.json() as { data?: { cooperationNetwork: unknown }; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors) return { ms, error: `${body.errors[0]?.extensions?.code ?? ""} ${body.errors[0]?.message ?? ""}`.trim() };
  return { ms, data: body.data?.cooperationNetwork };
}

function markdown(build: { ms: number; heapMB: number }, rows: Row[]): string {
  return [
    `Projection build (first request after a start or a write): ${Math.round(build.ms)} ms, memory kept (heap and array buffers) ${build.heapMB} MB.`,
    "",
    "| query | edges | statement ms | projection first ms | projection cached ms | statement / projection first | same answer |",
    "|---|---:|---:|---:|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.query} | ${r.edges} | ${r.statementMs === null ? r.statementNote : Math.round(r.statementMs)} | ${Math.round(r.projectionFirstMs)} | ${r.projectionCachedMs.toFixed(1)} | ` +
        `${r.statementMs === null ? "—" : (r.statementMs / r.projectionFirstMs).toFixed(0)} | ${r.same === null ? "—" : r.same ? "yes" : "NO"} |`,
    ),
  ].join("\n");
}

const program = new Command("bench:network")
  .addOption(new Option("--scale <scale>", "generated data on top of the seed").choices(Object.keys(SCALES)).default("medium"))
  .option("--seed <n>", "generator seed", positiveInt, 1)
  .option("--statement-timeout <ms>", "the statement's time limit (a query past it is reported as such)", positiveInt, 300_000)
  .action((opts: { scale: Scale; seed: number; statementTimeout: number }) =>
    withThrowawayNeo4j("network", { heap: "2g", pageCache: "1g" }, async (neo4j) => {
      const settings = { uri: neo4j.uri, username: "neo4j", password: neo4j.password, database: "neo4j", connectionTimeoutMs: 5_000 };
      const db = await connectDatabase({ ...settings, queryTimeoutMs: opts.statementTimeout }, logger);
      const apps: App[] = [];
      try {
        await loadData(db, opts.scale, opts.seed, (line) => console.log(line));
        const projected = await buildApp({ db, logger, limits: { projection: "on" } });
        const statement = await buildApp({ db, logger, limits: { projection: "off" } });
        apps.push(projected, statement);

        console.log("building the projection...");
        globalThis.gc?.();
        // The projection's tables are typed arrays, outside the JS heap: both are counted.
        const kept = () => {
          const m = process.memoryUsage();
          return m.heapUsed + m.arrayBuffers;
        };
        const heapBefore = kept();
        const first = await ask(projected, "region: \"AP\"");
        if (first.error) throw new Error(first.error);
        globalThis.gc?.();
        const build = { ms: first.ms, heapMB: mb(kept() - heapBefore) };

        const rows: Row[] = [];
        for (const q of QUERIES) {
          console.log(`${q.name}...`);
          const p1 = await ask(projected, q.args);
          const p2 = await ask(projected, q.args);
          if (p1.error) throw new Error(`${q.name}: ${p1.error}`);
          const s = await ask(statement, q.args);
          const edges = (p1.data as { totalEdges: number }).totalEdges;
          rows.push({
            query: q.name,
            edges,
            statementMs: s.error ? null : s.ms,
            statementNote: s.error ? `${s.error.split(" ")[0]} after ${Math.round(s.ms / 1000)} s` : "",
            projectionFirstMs: p1.ms,
            projectionCachedMs: p2.ms,
            same: s.error ? null : JSON.stringify(s.data) === JSON.stringify(p1.data),
          });
        }
        const when = new Date().toISOString();
        const table = markdown(build, rows);
        const report = { benchmark: "cooperation-network", when, scale: opts.scale, seed: opts.seed, neo4j: neo4j.version, machine: machine(), build, rows };
        console.log(`\n${table}\n`);
        console.log(`wrote ${writeResult(`network-${opts.scale}`, when, "json", JSON.stringify(report, null, 2))}`);
        console.log(`wrote ${writeResult(`network-${opts.scale}`, when, "md", `${table}\n`)}`);
      } finally {
        for (const app of apps) await app.close();
        await db.close();
      }
    }),
  );

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
