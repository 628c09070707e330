import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Limits } from "../../src/config/config.js";
import type { Database } from "../../src/db/database.js";
import { applySchema } from "../../src/db/schema.apply.js";
import { generate } from "../../src/generate/generate.service.js";
import { loadWorld } from "../../src/generate/generate.world.js";
import { readImportFile, type NodeRow, type RelRow } from "../../src/import/import.reader.js";
import { ImportService } from "../../src/import/import.service.js";
import { seedFiles, seedIfEmpty } from "../../src/seed/seed.loader.js";
import { buildApp, type App } from "../../src/server.js";
import { openTestDatabase, resetGraph, silentLogger } from "./db.js";

/**
 * The graph the analysis tests (members-in-programmes, co-participants, ...) share:
 * the seed plus the generated data of this scale and seed, imported once.
 *
 * Test files run one at a time on one Neo4j and most of them empty it first, in any
 * order. So each file that wants the prepared graph checks whether the database holds
 * exactly it: one marker node, written last by the preparation, names a fingerprint of
 * the files imported and the number of nodes and relationships they made. When the
 * marker is there, its fingerprint is that of the files this file generated, and the
 * counts still match, the import is skipped; otherwise the graph is emptied and
 * prepared again. Files that use it must leave it as they found it.
 */
export const PREPARED_GRAPH = { scale: "small", seed: 11 } as const;

/** The marker's label: no Entity label, so no query of the API can reach it. */
const MARKER = "TestPreparedGraph";

export interface PreparedGraph {
  app: App;
  db: Database;
  /** The seed files, then the generated ones: what the graph was made from. */
  files: string[];
  /** Whether this file found the graph prepared already or imported it. */
  preparation: "reused" | "imported";
  /** Every node and relationship record of those files, read from the files (for independent computations). */
  records(): Promise<{ nodes: NodeRow[]; rels: RelRow[] }>;
}

/** The fingerprint of what a prepared graph is made from: the files' names and contents. */
export function fingerprint(files: string[]): string {
  const hash = createHash("sha256").update(JSON.stringify(PREPARED_GRAPH));
  for (const f of files) hash.update(`\n${basename(f)}\n`).update(readFileSync(f));
  return hash.digest("hex");
}

// Not the marker, nor the data migrations' record (src/db/migrations.apply.ts): a reset
// removes it and the next schema application writes it again, the graph unchanged.
async function counts(db: Database): Promise<{ nodes: number; rels: number }> {
  const { records } = await db.driver.executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:${MARKER} AND NOT n:Migration RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     RETURN nodes, rels`,
    {},
    { database: db.name },
  );
  const row = records[0]!;
  return { nodes: Number(row.get("nodes")), rels: Number(row.get("rels")) };
}

/** True when the database holds exactly the prepared graph of this fingerprint (and its marker). */
export async function holdsPreparedGraph(db: Database, key: string): Promise<boolean> {
  const { records } = await db.driver.executeQuery(`MATCH (m:${MARKER}) RETURN m.key AS key, m.nodes AS nodes, m.rels AS rels`, {}, { database: db.name });
  if (records.length !== 1) return false;
  const marker = records[0]!;
  if (marker.get("key") !== key) return false;
  const now = await counts(db);
  return Number(marker.get("nodes")) === now.nodes && Number(marker.get("rels")) === now.rels;
}

/** Makes the database hold the prepared graph of these files, importing only when it does not already. */
export async function ensurePreparedGraph(db: Database, generated: string[]): Promise<"reused" | "imported"> {
  const key = fingerprint([...seedFiles(), ...generated]);
  // Idempotent (IF NOT EXISTS) and quick: schema survives resets, but a file may not rely on that.
  await applySchema(db.runner, silentLogger);
  if (await holdsPreparedGraph(db, key)) return "reused";
  await resetGraph(db.runner);
  await seedIfEmpty(db.runner, silentLogger);
  await new ImportService(db.runner, silentLogger).importFiles(generated);
  const made = await counts(db);
  await db.driver.executeQuery(`CREATE (:${MARKER} {key: $key, nodes: $nodes, rels: $rels})`, { key, ...made }, { database: db.name });
  return "imported";
}

export interface PreparedGraphOptions {
  limits?: Partial<Limits>;
}

/**
 * Registers beforeAll/afterAll for a test file on the prepared graph: generates the
 * files (a fraction of a second; the same seed gives the same bytes), makes sure the
 * database holds the graph, and builds the app. Returns a getter, usable once beforeAll has run.
 */
export function usePreparedGraph(opts: PreparedGraphOptions = {}): () => PreparedGraph {
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-prepared-"));
  let prepared: PreparedGraph | undefined;
  let db: Database | undefined;
  beforeAll(async () => {
    const generated = (await generate(await loadWorld(seedFiles()), { ...PREPARED_GRAPH, outDir: dir })).files;
    db = await openTestDatabase();
    const preparation = await ensurePreparedGraph(db, generated);
    const app = await buildApp({ db, logger: silentLogger, limits: opts.limits });
    const files = [...seedFiles(), ...generated];
    let read: Promise<{ nodes: NodeRow[]; rels: RelRow[] }> | undefined;
    prepared = {
      app,
      db,
      files,
      preparation,
      records: () =>
        (read ??= Promise.all(files.map((f) => readImportFile(f))).then((parsed) => ({
          nodes: parsed.flatMap((p) => p.nodes),
          rels: parsed.flatMap((p) => p.rels),
        }))),
    };
  });
  afterAll(async () => {
    await prepared?.app.close();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!prepared) throw new Error("the prepared graph is not ready yet");
    return prepared;
  };
}
