import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { connectDatabase } from "../../src/db/database.js";
import { applySchema } from "../../src/db/schema.apply.js";
import { generate } from "../../src/generate/generate.service.js";
import { loadWorld } from "../../src/generate/generate.world.js";
import { bulkImport, type BulkTarget } from "../../src/import/import.bulk.js";
import { BulkImportError, ImportValidationError } from "../../src/import/import.errors.js";
import { expandImportPaths } from "../../src/import/import.files.js";
import { ImportService, type ImportSummary } from "../../src/import/import.service.js";
import { LocalNeo4j } from "../../src/local-neo4j/local-neo4j.js";
import { freePort } from "../../src/local-neo4j/ports.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import { silentLogger } from "../support/db.js";
import { dumpDifference, dumpGraph, type GraphDump } from "../support/graph-dump.js";
import { event, jsonl, member, rel, source } from "../support/records.js";

/**
 * The bulk loader (npm run import -- --bulk) against the transactional
 * importer: the same files, each way into a Neo4j of its own (the bulk loader
 * stops and starts its database, so neither is the shared test database), and
 * the two graphs read back whole with plain Cypher and compared.
 */
const PASSWORD = "bulk-test-pw";

async function throwaway(dir: string): Promise<LocalNeo4j> {
  const local = new LocalNeo4j({ root: projectRoot(), instanceDir: dir, boltPort: await freePort(), httpPort: await freePort(), heap: "512m", pageCache: "128m", startTimeoutMs: 180_000, password: PASSWORD });
  await local.start();
  return local;
}

const connect = (local: LocalNeo4j) => () => connectDatabase({ uri: local.uri, username: "neo4j", password: PASSWORD, database: "neo4j", queryTimeoutMs: 300_000, connectionTimeoutMs: 5_000 }, silentLogger);

/** Cases the seed and generated data lack: redefinitions across files, a reordering rename, awkward strings, lists, numbers. */
function edgeFiles(dir: string): string[] {
  const longName = `${"Ü".repeat(150)}🛃${"x".repeat(49)}🛃 and more, past 200 code points`;
  const first = [
    { kind: "header", format: "coopgraph/v1", description: "bulk test: first definitions" },
    source("source:bulk-edge"),
    member("bulkedge", { name: longName, note: 'two\nlines, "quoted", with; semicolons, a \\ backslash and \u0001' }, ["source:bulk-edge"]),
    event("bulk-edge", { startDate: "2020-02", outcomes: [], topics: ["a;b", 'c,"d"', "x\u001fy", " padded "], delegates: 3_000_000_000, delegatesQualifier: "over" }, ["source:bulk-edge"]),
    rel("PARTICIPATED_IN", "member:bulkedge", "event:bulk-edge", { role: "HOST" }, ["source:bulk-edge"]),
    rel("IN_REGION", "member:bulkedge", "region:ap", {}, ["source:bulk-edge"]),
    rel("PARTICIPATED_IN", "member:jpn", "event:bulk-edge", { role: "PARTICIPANT", uncertain: true }, ["source:bulk-edge"]),
  ];
  const second = [
    source("source:bulk-edge"),
    member("bulkedge", { name: "Renamed, so its IN_REGION page key moves" }, ["source:bulk-edge"]),
    rel("PARTICIPATED_IN", "member:bulkedge", "event:bulk-edge", { role: "HOST", note: "changed" }, ["source:bulk-edge"]),
    rel("IN_REGION", "member:bulkedge", "region:ap", {}, ["source:bulk-edge"]),
  ];
  const paths = [join(dir, "90-edge-first.jsonl"), join(dir, "91-edge-second.jsonl")];
  writeFileSync(paths[0]!, jsonl(...first));
  writeFileSync(paths[1]!, jsonl(...second));
  return paths;
}

/** Per file: outcomes and the graph version its write produced. */
const outcomes = (s: ImportSummary) => s.files.map((f) => ({ file: f.file, nodes: f.nodes, relationships: f.relationships, version: f.version }));

describe("bulk import (neo4j-admin) against the transactional importer", () => {
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-bulk-test-"));
  let bulkLocal: LocalNeo4j;
  let txLocal: LocalNeo4j;
  let target: BulkTarget;
  let files: string[];
  let bulkDriver: Driver;
  let txDriver: Driver;

  beforeAll(async () => {
    const generated = join(dir, "small-seed1");
    await generate(await loadWorld(seedFiles()), { scale: "small", seed: 1, outDir: generated });
    files = [...seedFiles(), ...expandImportPaths([generated]), ...edgeFiles(dir)];
    [bulkLocal, txLocal] = await Promise.all([throwaway(join(dir, "bulk-neo4j")), throwaway(join(dir, "tx-neo4j"))]);
    target = { local: bulkLocal, database: "neo4j", connect: connect(bulkLocal) };
    // Both as `npm run import` finds a fresh local database: the schema applied, the data migrations recorded.
    for (const local of [bulkLocal, txLocal]) {
      const db = await connect(local)();
      await applySchema(db.runner, silentLogger);
      await db.close();
    }
    bulkDriver = neo4j.driver(bulkLocal.uri, neo4j.auth.basic("neo4j", PASSWORD));
    txDriver = neo4j.driver(txLocal.uri, neo4j.auth.basic("neo4j", PASSWORD));
  });

  afterAll(async () => {
    await bulkDriver?.close();
    await txDriver?.close();
    await Promise.all([bulkLocal?.stop(), txLocal?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const migrationsOf = async (driver: Driver) => (await driver.executeQuery("MATCH (m:Migration) RETURN m.id AS id, toString(m.appliedAt) AS at ORDER BY id")).records.map((r) => r.toObject());
  const countsOf = async (driver: Driver) => (await driver.executeQuery("MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n")).records[0]?.get("n").toNumber();

  it("refuses an invalid file before touching the database", async () => {
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, jsonl(source("source:bad"), member("bad", { kind: "planet" }, ["source:bad"])));
    const before = await migrationsOf(bulkDriver);
    const err = await bulkImport(target, [...seedFiles(), bad], { logger: silentLogger }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    expect((err as Error).message).toMatch(/bad\.jsonl:2 member:bad field props\.kind/);
    expect(bulkLocal.status().running).toBe(true);
    expect(await countsOf(bulkDriver)).toBe(0);
    expect(await migrationsOf(bulkDriver)).toEqual(before);
  });

  it("puts the database back as it was when neo4j-admin fails, and says why", async () => {
    const before = await migrationsOf(bulkDriver);
    expect(before.length).toBeGreaterThan(0);
    const err = await bulkImport(target, seedFiles(), { logger: silentLogger, extraAdminArgs: [`--nodes=${join(dir, "no-such-file.csv")}`] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BulkImportError);
    expect((err as BulkImportError).code).toBe("ADMIN_FAILED");
    expect((err as Error).message).toMatch(/neo4j-admin database import failed \(exit code \d+\); the database was put back as it was \(empty\)/);
    expect((err as Error).message).toMatch(/no-such-file\.csv/);
    // Running again, on the former files: a new store would lack the migration records of the old one.
    expect(bulkLocal.status().running).toBe(true);
    const driver = neo4j.driver(bulkLocal.uri, neo4j.auth.basic("neo4j", PASSWORD));
    try {
      expect(await migrationsOf(driver)).toEqual(before);
      expect(await countsOf(driver)).toBe(0);
    } finally {
      await driver.close();
    }
  });

  let bulkDump: GraphDump;

  it("leaves exactly the graph the transactional importer leaves: nodes, relationships, page keys, change feed, indexes", async () => {
    const bulk = await bulkImport(target, files, { logger: silentLogger });
    const txDb = await connect(txLocal)();
    let tx: ImportSummary;
    try {
      tx = await new ImportService(txDb.runner, silentLogger).importFiles(files);
    } finally {
      await txDb.close();
    }
    // The edge files redefine: a node updated and one unchanged, a relationship updated and one unchanged.
    expect(outcomes(bulk)).toEqual(outcomes(tx));
    expect(bulk.files.at(-1)).toMatchObject({ nodes: { created: 0, updated: 1, unchanged: 1 }, relationships: { created: 0, updated: 1, unchanged: 1 } });

    await bulkDriver.close();
    bulkDriver = neo4j.driver(bulkLocal.uri, neo4j.auth.basic("neo4j", PASSWORD));
    bulkDump = await dumpGraph(bulkDriver, "neo4j");
    const txDump = await dumpGraph(txDriver, "neo4j");
    expect(bulkDump.relationships.length).toBeGreaterThan(10_000);
    expect(bulkDump.relationships.every((r) => r.includes('"pageKey"'))).toBe(true);
    for (const part of ["nodes", "relationships", "indexes"] as const) {
      expect(dumpDifference(bulkDump[part], txDump[part]), part).toEqual({ onlyFirst: [], onlySecond: [] });
      expect(bulkDump[part].length, part).toBe(txDump[part].length);
    }
  });

  it("refuses a database that is not empty, and writes nothing", async () => {
    const err = await bulkImport(target, seedFiles(), { logger: silentLogger }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BulkImportError);
    expect((err as BulkImportError).code).toBe("NOT_EMPTY");
    expect((err as Error).message).toMatch(/the database is not empty \([\d,]+ nodes, [\d,]+ relationships\).*Import without --bulk/);
    expect(await dumpGraph(bulkDriver, "neo4j")).toEqual(bulkDump);
  });
});
