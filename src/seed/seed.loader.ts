import { readdirSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/project-root.js";
import type { QueryRunner } from "../db/query-runner.js";
import { ImportService, type ImportSummary } from "../import/import.service.js";
import type { Logger } from "../logging/logger.js";

/** The curated seed files, in import order (their names start with a number). */
export function seedFiles(dir = join(projectRoot(), "seed")): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(dir, f));
}

/** Loads the seed when the graph holds no entity yet; a graph with data is left alone. */
export async function seedIfEmpty(runner: QueryRunner, logger: Logger): Promise<ImportSummary | undefined> {
  const service = new ImportService(runner, logger);
  const existing = await service.entityCount();
  if (existing > 0) {
    logger.info({ entities: existing }, "graph already has data; seed not loaded");
    return undefined;
  }
  const files = seedFiles();
  logger.info({ files: files.length }, "empty graph: loading the seed");
  const summary = await service.importFiles(files);
  logger.info({ nodes: summary.nodes.created, relationships: summary.relationships.created }, "seed loaded");
  return summary;
}
