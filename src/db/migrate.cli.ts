import { Command } from "commander";
import { prepareDatabase } from "../bootstrap.js";
import { loadConfig } from "../config/config.js";
import { createLogger } from "../logging/logger.js";
import { applyMigrations, findMigration } from "./migrations.apply.js";

/**
 * npm run db:migrate [-- --again <name...>]: applies the schema and the data
 * migrations the database has not had (as every start does), and runs again
 * those named, e.g. page-key-fill after relationships were written with Cypher
 * of one's own rather than through the importer (docs/data.md).
 */
const program = new Command("db:migrate")
  .description("Apply the schema and pending data migrations (cypher/migrations/); --again runs named ones even if already applied.")
  .option("--again <names...>", "migrations to run again, by file name with or without its number (page-key-fill)", [])
  .action(async (opts: { again: string[] }) => {
    for (const name of opts.again) findMigration(name);
    const config = loadConfig();
    const logger = createLogger({ level: process.env.LOG_LEVEL ?? "info", format: config.logFormat });
    const { db, ownedLocal } = await prepareDatabase(config, logger, { seed: false });
    try {
      const ran = opts.again.length ? await applyMigrations(db.runner, logger, { again: opts.again }) : [];
      console.log(ran.length ? `Ran again: ${ran.join(", ")}` : "Schema and data migrations are up to date.");
    } finally {
      await db.close();
      await ownedLocal?.stop();
    }
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`db:migrate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
