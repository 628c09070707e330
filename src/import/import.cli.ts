import { Command, InvalidArgumentError } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { prepareDatabase } from "../bootstrap.js";
import { applySchema } from "../db/schema.apply.js";
import { loadConfig } from "../config/config.js";
import { createLogger } from "../logging/logger.js";
import { bulkImport, bulkTargetOf, type BulkSummary } from "./import.bulk.js";
import { BulkImportError, ImportValidationError } from "./import.errors.js";
import { expandImportPaths } from "./import.files.js";
import { ImportService, type ImportSummary } from "./import.service.js";

/** Below this many records a progress bar is noise. */
const PROGRESS_THRESHOLD = 20_000;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("must be a positive whole number");
  return n;
}

const program = new Command("import")
  .description("Import coopgraph/v1 JSON Lines files (see seed/FORMAT.md) into Neo4j: validated first, one transaction per file, idempotent.")
  .argument("<paths...>", "files, or folders whose *.jsonl files are imported in name order")
  .option("--dry-run", "validate and report what would change, without writing anything")
  .option("--batch-size <n>", "records per UNWIND batch", positiveInt, 5_000)
  .option("--no-progress", "no progress bar, even on large inputs")
  .option("--bulk", "first load into the empty local Neo4j with neo4j-admin database import (stops and restarts it; see docs/data.md)")
  .action(async (paths: string[], opts: { dryRun?: boolean; batchSize: number; progress: boolean; bulk?: boolean }) => {
    const config = loadConfig();
    const logger = createLogger({ level: process.env.LOG_LEVEL ?? "warn", format: config.logFormat });
    const files = expandImportPaths(paths);
    if (opts.bulk) return bulk(config, logger, files, opts.dryRun ?? false);
    const { db, ownedLocal } = await prepareDatabase(config, logger, { seed: false });
    const started = performance.now();
    let bar: SingleBar | undefined;
    try {
      const summary = await new ImportService(db.runner, logger, config.ops.changes.retention).importFiles(files, {
        dryRun: opts.dryRun ?? false,
        batchSize: opts.batchSize,
        onValidated: (parsed) => {
          const total = parsed.reduce((n, f) => n + f.nodes.length + f.rels.length, 0);
          console.log(`Validated ${parsed.length} file(s): ${total.toLocaleString("en")} records`);
          if (opts.progress && total >= PROGRESS_THRESHOLD && process.stdout.isTTY) {
            bar = new SingleBar({ format: " {bar} {percentage}% | {value}/{total} records | {duration}s" }, Presets.shades_classic);
            bar.start(total, 0);
          }
        },
        onProgress: (done) => bar?.update(done),
      });
      bar?.stop();
      printSummary(summary, (performance.now() - started) / 1000);
    } finally {
      bar?.stop();
      await db.close();
      await ownedLocal?.stop();
    }
  });

async function bulk(config: ReturnType<typeof loadConfig>, logger: ReturnType<typeof createLogger>, files: string[], dryRun: boolean): Promise<void> {
  const started = performance.now();
  const target = bulkTargetOf(config, logger, (msg) => console.log(msg));
  await target.local.start();
  try {
    // As for the transactional import (prepareDatabase): the database's schema and data migrations first.
    const db = await target.connect();
    try {
      await applySchema(db.runner, logger);
    } finally {
      await db.close();
    }
    const summary = await bulkImport(target, files, { logger, dryRun, changeRetention: config.ops.changes.retention, report: (msg) => console.log(msg) });
    printSummary(summary, (performance.now() - started) / 1000);
    printPhases(summary);
  } finally {
    await target.local.stop();
  }
}

function printPhases(s: BulkSummary): void {
  console.log(`  seconds: ${Object.entries(s.seconds).map(([phase, sec]) => `${phase} ${sec}`).join(", ")}`);
}

function printSummary(s: ImportSummary, seconds: number): void {
  const row = (o: { created: number; updated: number; unchanged: number }) =>
    `created ${o.created.toLocaleString("en")}, updated ${o.updated.toLocaleString("en")}, unchanged ${o.unchanged.toLocaleString("en")}`;
  console.log(s.dryRun ? "Dry run: nothing was written. The import would leave:" : `Imported ${s.files.length} file(s) in ${seconds.toFixed(1)} s`);
  console.log(`  nodes:         ${row(s.nodes)}`);
  console.log(`  relationships: ${row(s.relationships)}`);
}

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ImportValidationError || err instanceof BulkImportError) {
    console.error(err.message);
    process.exit(1);
  }
  console.error(`import: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});
