/**
 * Explorer benchmark: time to first draw in real Chromium (Debian's, software
 * rendering here), for the seed's cooperation network and for a medium-scale one
 * (the seed plus generated data, synthetic included), on a Neo4j of its own.
 * coopgraph runs from the build (dist/, with the bundled web apps) in a child
 * process. Run with `npm run bench:explorer -- [--scale small|medium] [--rounds 5]`.
 * Prints a table and writes bench/results/explorer-<time>.{json,md}.
 *
 * "First draw" is the page's `explorer:first-draw` performance mark: the first
 * frame sigma rendered with entities in it, counted from navigation start. "Ready"
 * (`explorer:ready`) is when the page says so: layout run, panel filled.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command, Option } from "commander";
import { chromium } from "playwright-core";
import { connectDatabase } from "../src/db/database.js";
import { applySchema } from "../src/db/schema.apply.js";
import { generate, SCALES, type Scale } from "../src/generate/generate.service.js";
import { loadWorld } from "../src/generate/generate.world.js";
import { expandImportPaths } from "../src/import/import.files.js";
import { ImportService } from "../src/import/import.service.js";
import { createLogger } from "../src/logging/logger.js";
import { seedFiles } from "../src/seed/seed.loader.js";
import { machine, positiveInt, withThrowawayNeo4j, writeResult } from "./support/bench-env.js";
import { startChild } from "./support/child.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

interface Options {
  scale: Scale;
  seed: number;
  rounds: number;
}

interface Scenario {
  name: string;
  query: string;
}

interface Measurement {
  scenario: string;
  nodes: number;
  edges: number;
  firstDrawMs: number[];
  readyMs: number[];
}

const logger = createLogger({ level: "warn", format: "json" });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const program = new Command("bench:explorer")
  .addOption(new Option("--scale <scale>", "generated data for the medium-scale network").choices(Object.keys(SCALES)).default("medium"))
  .option("--seed <n>", "generator seed", positiveInt, 1)
  .option("--rounds <n>", "page loads per scenario", positiveInt, 5)
  .action((opts: Options) =>
    withThrowawayNeo4j("explorer", { heap: "1g", pageCache: "512m" }, async (neo4j) => {
      if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: install the Debian package chromium, or set CHROMIUM_PATH.`);
      const db = await connectDatabase({ uri: neo4j.uri, username: "neo4j", password: neo4j.password, database: "neo4j", queryTimeoutMs: 120_000, connectionTimeoutMs: 5_000 }, logger);
      const importer = new ImportService(db.runner, logger);
      await applySchema(db.runner, logger);
      await importer.importFiles(seedFiles());
      console.log(`explorer bench: generating ${opts.scale} data (seed ${opts.seed})...`);
      const dir = mkdtempSync(join(tmpdir(), "coopgraph-bench-explorer-data-"));
      try {
        await generate(await loadWorld(seedFiles()), { scale: opts.scale, seed: opts.seed, outDir: dir });
        await importer.importFiles(expandImportPaths([dir]));
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await db.close();
      }

      const server = await startChild("support/coopgraph.server.ts", { BENCH_NEO4J_URI: neo4j.uri, BENCH_NEO4J_PASSWORD: neo4j.password }, { compiled: true });
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
      try {
        const base = `http://127.0.0.1:${server.port}/explorer/`;
        const scenarios: Scenario[] = [
          { name: "seed: network of region AP, programme PAX", query: "?network=1&region=AP&programme=PAX" },
          { name: "seed: whole network, organizations too", query: "?network=1&organizations=1" },
          { name: `${opts.scale}: whole network with synthetic data (500 heaviest edges)`, query: "?network=1&synthetic=1" },
          { name: "seed: Japan's neighbourhood", query: "?open=member:jpn" },
        ];
        const measurements: Measurement[] = [];
        for (const scenario of scenarios) {
          const m: Measurement = { scenario: scenario.name, nodes: 0, edges: 0, firstDrawMs: [], readyMs: [] };
          for (let round = 0; round < opts.rounds; round++) {
            const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
            await page.goto(base + scenario.query);
            // A selector, not a predicate: the page's CSP refuses the eval a predicate given as text needs.
            await page.locator('body[data-state="ready"], body[data-state="error"]').waitFor({ timeout: 120_000 });
            // Page code as text (evaluated by the browser's protocol, not eval): this file is compiled without the DOM's types.
            const result = (await page.evaluate(`(() => {
              const mark = performance.getEntriesByName("explorer:first-draw")[0];
              const graph = document.getElementById("graph");
              return { state: document.body.dataset.state, firstDraw: mark ? mark.startTime : NaN, ready: (performance.getEntriesByName("explorer:ready")[0] || { startTime: NaN }).startTime, nodes: Number(graph.dataset.nodes), edges: Number(graph.dataset.edges), message: document.getElementById("message").textContent };
            })()`)) as { state: string; firstDraw: number; ready: number; nodes: number; edges: number; message: string };
            await page.close();
            if (result.state !== "ready") throw new Error(`${scenario.name}: the page ended in ${result.state}: ${result.message}`);
            m.nodes = result.nodes;
            m.edges = result.edges;
            m.firstDrawMs.push(Math.round(result.firstDraw));
            m.readyMs.push(Math.round(result.ready));
          }
          console.log(`${scenario.name}: ${m.nodes} nodes, ${m.edges} edges, first draw ${median(m.firstDrawMs)} ms (median of ${opts.rounds})`);
          measurements.push(m);
        }
        const when = new Date().toISOString();
        const markdown = [
          `Explorer, time to first draw (median of ${opts.rounds} page loads; Chromium ${browser.version()}, software rendering; ${machine().cpus} cores)`,
          "",
          "| view | nodes | edges | first draw (ms) | ready (ms) |",
          "|---|---:|---:|---:|---:|",
          ...measurements.map((m) => `| ${m.scenario} | ${m.nodes} | ${m.edges} | ${median(m.firstDrawMs)} | ${median(m.readyMs)} |`),
          "",
          "Ready includes the 1.5 s of ForceAtlas2 layout the page runs after new entities appear.",
        ].join("\n");
        console.log(`\n${markdown}\n`);
        const json = writeResult("explorer", when, "json", JSON.stringify({ benchmark: "explorer-first-draw", when, options: opts, machine: machine(), neo4j: neo4j.version, measurements }, null, 2));
        writeResult("explorer", when, "md", `${markdown}\n`);
        console.log(`written: ${json}`);
      } finally {
        await browser.close();
        await server.stop();
      }
    }),
  );

await program.parseAsync();
