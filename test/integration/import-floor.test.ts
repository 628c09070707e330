import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFloor } from "../../bench/import-floor.js";
import type { Database } from "../../src/db/database.js";
import { generate } from "../../src/generate/generate.service.js";
import { loadWorld } from "../../src/generate/generate.world.js";
import { expandImportPaths } from "../../src/import/import.files.js";
import { planLoad } from "../../src/import/import.plan.js";
import { readImportFile } from "../../src/import/import.reader.js";
import { ImportService } from "../../src/import/import.service.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import { openTestDatabase, resetGraph, silentLogger } from "../support/db.js";
import { dumpDifference, dumpGraph, type GraphDump } from "../support/graph-dump.js";

/**
 * The import benchmark's floor (bench/import-floor.ts) must write the very
 * graph the importer writes, or its figure is not a floor of the importer's
 * work: the same generated files written both ways on the seed, each graph
 * read back whole with plain Cypher and compared, the change feed (which the
 * floor does not write) left out.
 */
describe("the import benchmark's floor", () => {
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-floor-test-"));
  let db: Database;
  let files: string[];

  beforeAll(async () => {
    db = await openTestDatabase();
    await generate(await loadWorld(seedFiles()), { scale: "small", seed: 3, outDir: dir, recordsPerFile: 2_500 });
    // The first files only (a file refers to earlier ones, never later): enough to take several batches, quick to write three times.
    files = expandImportPaths([dir]).slice(0, 2);
  });

  afterAll(async () => {
    await resetGraph(db.runner);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The data as it stands after the seed and the files: the change feed and its version left out. */
  async function dataOnly(): Promise<GraphDump> {
    const dump = await dumpGraph(db.driver, db.name);
    const feed = /^\[\["(Change|GraphVersion|Migration)"\]/;
    return { ...dump, nodes: dump.nodes.filter((n) => !feed.test(n)) };
  }

  it("leaves the graph the importer leaves: every node, relationship, property and page key", async () => {
    const importer = new ImportService(db.runner, silentLogger);
    await resetGraph(db.runner);
    await importer.importFiles([...seedFiles(), ...files]);
    const imported = await dataOnly();

    await resetGraph(db.runner);
    await importer.importFiles(seedFiles());
    const parsed = await Promise.all(files.map((f) => readImportFile(f)));
    const seed = await Promise.all(seedFiles().map((f) => readImportFile(f)));
    // A small batch, so that every file takes several, as the benchmark's do at scale.
    const written = await writeFloor(db.runner, parsed, planLoad([...seed, ...parsed]).nodes, 700);
    const floor = await dataOnly();

    expect(written.relationships).toBe(parsed.reduce((n, f) => n + f.rels.length, 0));
    expect(written.relationships).toBeGreaterThan(2_000);
    expect(parsed.length).toBe(2);
    expect(dumpDifference(floor.nodes, imported.nodes)).toEqual({ onlyFirst: [], onlySecond: [] });
    expect(dumpDifference(floor.relationships, imported.relationships)).toEqual({ onlyFirst: [], onlySecond: [] });
    expect(floor.nodes.length).toBe(imported.nodes.length);
    expect(floor.relationships.length).toBe(imported.relationships.length);
  });

  it("fails a batch whole when an end is not in the graph", async () => {
    await resetGraph(db.runner);
    const parsed = await Promise.all(files.map((f) => readImportFile(f)));
    const seed = await Promise.all(seedFiles().map((f) => readImportFile(f)));
    // The seed is missing from the graph: the first relationship naming a member has no end.
    const err = await writeFloor(db.runner, parsed, planLoad([...seed, ...parsed]).nodes, 700).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String(err)).toMatch(/missing/i);
    // The file's transaction rolled back: not even its nodes, written before, are left.
    const { records } = await db.driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS count", {}, { database: db.name });
    expect(Number(records[0]?.get("count"))).toBe(0);
  });
});
