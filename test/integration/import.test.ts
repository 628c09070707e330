import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { applySchema } from "../../src/db/schema.apply.js";
import { ImportValidationError } from "../../src/import/import.errors.js";
import { ImportService } from "../../src/import/import.service.js";
import { openTestDatabase, resetGraph, silentLogger } from "../support/db.js";
import { event, jsonl, member, programme, rel, source, SRC } from "../support/records.js";

describe("importing files into Neo4j", () => {
  let db: Database;
  let service: ImportService;
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-import-"));
  const file = (name: string, ...records: unknown[]) => {
    const path = join(dir, name);
    writeFileSync(path, jsonl(...records));
    return path;
  };

  /** Everything in the graph, as text: the test for "nothing changed". */
  async function snapshot(): Promise<string> {
    const session = db.driver.session({ database: db.name });
    try {
      const nodes = await session.run("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id");
      const rels = await session.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props ORDER BY a, t, b, r.key");
      return JSON.stringify([nodes.records.map((r) => r.toObject()), rels.records.map((r) => r.toObject())]);
    } finally {
      await session.close();
    }
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    await applySchema(db.runner, silentLogger);
    service = new ImportService(db.runner, silentLogger);
  });
  beforeEach(() => resetGraph(db.runner));
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const base = () => [
    file("01-sources.jsonl", source()),
    file(
      "02-graph.jsonl",
      member("jpn", { iso3: "JPN" }),
      event("kyoto", { startDate: "2019-05-28", delegates: 70, delegatesQualifier: "over" }),
      rel("PARTICIPATED_IN", "member:jpn", "event:kyoto", { role: "HOST" }),
      rel("PARTICIPATED_IN", "member:jpn", "event:kyoto", { role: "FUNDER" }),
    ),
  ];

  it("creates what is new, and a second import changes nothing", async () => {
    const first = await service.importFiles(base());
    expect(first.nodes).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(first.relationships).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const after = await snapshot();

    const second = await service.importFiles(base());
    expect(second.nodes).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(second.relationships).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await snapshot()).toBe(after);
  });

  it("stores ids, sources, labels and integers as such", async () => {
    await service.importFiles(base());
    const session = db.driver.session({ database: db.name });
    const row = (await session.run("MATCH (e:Event:Entity {id: 'event:kyoto'}) RETURN e.sources AS sources, valueType(e.delegates) AS t")).records[0]!;
    await session.close();
    expect(row.get("sources")).toEqual([SRC]);
    expect(row.get("t")).toBe("INTEGER NOT NULL");
  });

  it("updates a record whose properties changed, and only that one", async () => {
    await service.importFiles(base());
    const changed = file("02-graph.jsonl", member("jpn", { iso3: "JPN" }), event("kyoto", { startDate: "2019-05-28", delegates: 71, delegatesQualifier: "over" }));
    const summary = await service.importFiles([join(dir, "01-sources.jsonl"), changed]);
    expect(summary.nodes).toEqual({ created: 0, updated: 1, unchanged: 2 });
  });

  it("refuses a broken file and writes nothing at all, not even the valid files before it", async () => {
    await service.importFiles([file("00-existing.jsonl", source(), member("fra"))]);
    const before = await snapshot();
    const broken = file(
      "02-broken.jsonl",
      member("deu"),
      "{ this is not json",
      rel("PARTICIPATED_IN", "member:deu", "event:nowhere", { role: "HOST" }),
    );
    const err = await service.importFiles([file("01-fine.jsonl", source(), member("ita")), broken]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    const message = (err as Error).message;
    expect(message).toMatch(/nothing was written/);
    expect(message).toContain("02-broken.jsonl:2");
    expect(message).toMatch(/02-broken\.jsonl:3 member:deu -\[PARTICIPATED_IN\]-> event:nowhere/);
    expect(await snapshot()).toBe(before);
  });

  it("refuses a relationship to a node that only a later file defines", async () => {
    const err = await service
      .importFiles([file("01.jsonl", source(), member("jpn"), rel("PARTICIPATED_IN", "member:jpn", "event:later", { role: "HOST" })), file("02.jsonl", event("later"))])
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/01\.jsonl:3 .*event:later.*neither in this import/);
    expect(await snapshot()).toBe(JSON.stringify([[], []]));
  });

  it("accepts references to nodes already in the graph", async () => {
    await service.importFiles(base());
    const summary = await service.importFiles([file("03-more.jsonl", rel("PARTICIPATED_IN", "member:jpn", "event:kyoto", { role: "PARTICIPANT" }))]);
    expect(summary.relationships.created).toBe(1);
  });

  it("rolls back a whole file when Neo4j refuses a write half-way (a constraint)", async () => {
    await service.importFiles([file("00.jsonl", source())]);
    const before = await snapshot();
    // Valid records, but two programmes share a code, which the programme_code constraint forbids.
    const clash = file("01-clash.jsonl", member("jpn"), programme("one", "PGS"), programme("two", "PGS"));
    await expect(service.importFiles([clash])).rejects.toThrow(/already exists|ConstraintValidation|programme_code/i);
    expect(await snapshot()).toBe(before);
  });

  it("a dry run reports what would change and writes nothing", async () => {
    // The third file's relationship needs the second file's nodes: one rolled-back transaction holds all three.
    const later = file("03-later.jsonl", rel("PARTICIPATED_IN", "member:jpn", "event:kyoto", { role: "PARTICIPANT" }));
    const summary = await service.importFiles([...base(), later], { dryRun: true });
    expect(summary.dryRun).toBe(true);
    expect(summary.nodes.created).toBe(3);
    expect(summary.relationships.created).toBe(3);
    expect(await snapshot()).toBe(JSON.stringify([[], []]));
  });

  it("stores hostile strings verbatim and executes none of them", async () => {
    const name = "Robert'); MATCH (n) DETACH DELETE n; //\u202e ☃ \u{1F600}";
    await service.importFiles([file("01.jsonl", source(), member("jpn", { name }), member("fra"))]);
    const session = db.driver.session({ database: db.name });
    const rows = (await session.run("MATCH (m:Member) RETURN m.id AS id, m.name AS name ORDER BY id")).records.map((r) => r.toObject());
    await session.close();
    expect(rows).toEqual([{ id: "member:fra", name: "FRA" }, { id: "member:jpn", name }]);
  });

  it("writes each relationship's page key, on either anchor, whatever the batches", async () => {
    // Worked out here from the documented layout (docs/architecture.md), not by the importer's Cypher:
    // the busy end's id, the other end's date with each digit inverted, its name or title, its id, the type, the key.
    const order = (n: { id: string; startDate?: string; name?: string; title?: string }) =>
      [...(n.startDate ?? "")].map((c) => (c === "-" ? c : String(9 - Number(c)))).join("") + "~\u0001" + (n.name ?? n.title ?? "").slice(0, 200) + "\u0001" + n.id;
    const members = ["jpn", "fra", "bra"].map((slug) => ({ id: `member:${slug}`, name: slug.toUpperCase() }));
    const events = [
      { id: "event:a", title: "Event a", startDate: "2019-05-28" },
      { id: "event:b", title: "Event b", startDate: "2021-11-02" },
      { id: "event:c", title: "Event c" },
    ];
    const programmes = [{ id: "programme:p", name: "Programme PGS" }, { id: "programme:q", name: "Programme SALW" }];
    const records: unknown[] = [
      ...members.map((m) => member(m.id.slice(7))),
      ...events.map((e) => event(e.id.slice(6), e.startDate ? { startDate: e.startDate } : {})),
      programme("p", "PGS"),
      programme("q", "SALW"),
    ];
    const expected: Record<string, string> = {};
    for (const m of members) {
      for (const [i, e] of events.entries()) {
        const role = i % 2 === 0 ? "HOST" : "PARTICIPANT";
        records.push(rel("PARTICIPATED_IN", m.id, e.id, { role }));
        // PARTICIPATED_IN is anchored at the event: its busy end is the member.
        expected[`${m.id}>${e.id}`] = `${m.id}\u0001${order(e)}\u0001PARTICIPATED_IN\u0001${role}`;
      }
    }
    for (const [i, e] of events.entries()) {
      const p = programmes[i % 2]!;
      records.push(rel("ACTIVITY_OF", e.id, p.id));
      // ACTIVITY_OF is anchored at the event: its busy end is the programme.
      expected[`${e.id}>${p.id}`] = `${p.id}\u0001${order(e)}\u0001ACTIVITY_OF\u0001`;
    }
    const files = [file("01-sources.jsonl", source()), file("02-graph.jsonl", ...records)];

    const first = await service.importFiles(files, { batchSize: 2 });
    expect(first.relationships.created).toBe(Object.keys(expected).length);
    const session = db.driver.session({ database: db.name });
    const stored = async () =>
      Object.fromEntries((await session.run("MATCH (a)-[r]->(b) RETURN a.id + '>' + b.id AS k, r.pageKey AS key")).records.map((r) => [r.get("k") as string, r.get("key") as string]));
    try {
      expect(await stored()).toEqual(expected);
      const again = await service.importFiles(files, { batchSize: 4 });
      expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: Object.keys(expected).length });
      expect(await stored()).toEqual(expected);
    } finally {
      await session.close();
    }
  });
});
