import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { bulkTargetOf } from "../../src/import/import.bulk.js";
import { writeLoadCsv } from "../../src/import/import.csv.js";
import { BulkImportError } from "../../src/import/import.errors.js";
import { pageKeyOf, pageOrder, planLoad, type LoadPlan } from "../../src/import/import.plan.js";
import { parseImportLines, type ParsedFile } from "../../src/import/import.reader.js";
import { createLogger } from "../../src/logging/logger.js";
import { event, member, rel, source, SRC } from "../support/records.js";

const parse = (name: string, ...records: unknown[]) => parseImportLines(`/data/${name}`, records.map((r) => JSON.stringify(r)));

describe("the bulk loader's plan: the graph the transactional importer would leave", () => {
  it("orders a node as the importer's statements do: date digits inverted, then name or title, then id", () => {
    expect(pageOrder({ id: "event:kyoto", title: "Kyoto", startDate: "2019-05-28" })).toBe("7980-94-71~\u0001Kyoto\u0001event:kyoto");
    expect(pageOrder({ id: "member:jpn", name: "Japan", title: "ignored" })).toBe("~\u0001Japan\u0001member:jpn");
    // left(name, 200) counts code points: the emoji is one.
    expect(pageOrder({ id: "person:a", name: `${"a".repeat(199)}🛃zz` })).toBe(`~\u0001${"a".repeat(199)}🛃\u0001person:a`);
  });

  it("keys a relationship by its busy end, then its anchor end's order, type and key", () => {
    const nodes = new Map([
      ["member:jpn", { id: "member:jpn", label: "Member" as const, props: { id: "member:jpn", name: "Japan" } }],
      ["event:kyoto", { id: "event:kyoto", label: "Event" as const, props: { id: "event:kyoto", title: "Kyoto", startDate: "2019" } }],
      ["region:ap", { id: "region:ap", label: "Region" as const, props: { id: "region:ap", name: "Asia/Pacific" } }],
    ]);
    // PARTICIPATED_IN is anchored at the event: the member's pages list its events.
    expect(pageKeyOf({ type: "PARTICIPATED_IN", from: "member:jpn", to: "event:kyoto", key: "HOST", props: {} }, nodes)).toBe("member:jpn\u00017980~\u0001Kyoto\u0001event:kyoto\u0001PARTICIPATED_IN\u0001HOST");
    // IN_REGION is anchored at the member: the region's pages list its members.
    expect(pageKeyOf({ type: "IN_REGION", from: "member:jpn", to: "region:ap", key: "", props: {} }, nodes)).toBe("region:ap\u0001~\u0001Japan\u0001member:jpn\u0001IN_REGION\u0001");
  });

  it("lets the last definition win and counts each file's outcomes as its transaction would", async () => {
    const files: ParsedFile[] = [
      await parse("a.jsonl", source(), member("jpn"), member("idn"), event("e1"), rel("PARTICIPATED_IN", "member:jpn", "event:e1", { role: "HOST" })),
      await parse("b.jsonl", source(), member("jpn", { name: "Japan" }), rel("PARTICIPATED_IN", "member:jpn", "event:e1", { role: "HOST" }), rel("PARTICIPATED_IN", "member:idn", "event:e1", { role: "HOST" })),
      await parse("c.jsonl", source()),
    ];
    const plan = planLoad(files);
    expect(plan.files.map((f) => [f.summary.nodes, f.summary.relationships])).toEqual([
      [{ created: 4, updated: 0, unchanged: 0 }, { created: 1, updated: 0, unchanged: 0 }],
      [{ created: 0, updated: 1, unchanged: 1 }, { created: 1, updated: 0, unchanged: 1 }],
      [{ created: 0, updated: 0, unchanged: 1 }, { created: 0, updated: 0, unchanged: 0 }],
    ]);
    expect(plan.files[0]?.nodeIds.created).toEqual([SRC, "member:jpn", "member:idn", "event:e1"]);
    expect(plan.files[1]?.nodeIds).toEqual({ created: [], updated: ["member:jpn"] });
    expect(plan.files[1]?.relationshipIds.created).toEqual(["member:idn -[PARTICIPATED_IN]-> event:e1"]);
    expect(plan.nodes.get("member:jpn")?.props.name).toBe("Japan");
    expect(plan.summary).toEqual({ nodes: { created: 4, updated: 1, unchanged: 2 }, relationships: { created: 2, updated: 0, unchanged: 1 } });
  });
});

describe("the bulk loader's CSV", () => {
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-bulk-csv-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const planOf = async (...records: unknown[]): Promise<LoadPlan> => planLoad([await parse("x.jsonl", ...records)]);

  it("types every value as the transactional importer stores it, and keeps empty lists aside", async () => {
    const plan = await planOf(
      source(),
      event("e1", { startDate: "2019-05", delegates: 70, uncertain: true, topics: ["a;b", 'say "hi"'], outcomes: [], note: "two\nlines" }),
      event("e2", { delegates: 3 }),
    );
    const csv = writeLoadCsv(plan, join(dir, "typed"));
    expect(csv.arrayDelimiter).toBe("\u001f");
    expect(csv.emptyLists.nodes).toEqual([{ id: SRC, props: { sources: [] } }, { id: "event:e1", props: { outcomes: [] } }]);
    expect(csv.nodeFiles.map((f) => basename(f))).toEqual(["001-Source.csv", "003-Event.csv", "004-Event-multiline.csv"]);
    expect(csv.multilineFiles.map((f) => basename(f))).toEqual(["004-Event-multiline.csv"]);
    const [plainHeader, e2] = readFileSync(csv.nodeFiles[1]!, "utf8").trimEnd().split("\n");
    const header = plainHeader!.split(",");
    expect(header.slice(0, 2)).toEqual(["id:ID", ":LABEL"]);
    expect(header).toEqual(expect.arrayContaining(["delegates:long", "uncertain:boolean", "topics:string[]", "startDate:string", "sources:string[]"]));
    const field = (line: string, name: string) => line.split(",")[header.findIndex((h) => h.startsWith(`${name}:`))];
    expect(e2).toContain('"event:e2","Entity\u001fEvent"');
    expect(field(e2!, "delegates")).toBe("3");
    // Absent: an empty field, which neo4j-admin reads as no property.
    expect(field(e2!, "startDate")).toBe("");
    const multiline = readFileSync(csv.nodeFiles[2]!, "utf8");
    expect(multiline).toContain('"a;b\u001fsay ""hi"""');
    expect(multiline).toContain('"two\nlines"');
  });

  it("writes page keys on relationships and picks another list delimiter when data holds the first", async () => {
    const plan = await planOf(source(), member("jpn", { name: "Japan" }), event("e1", { topics: ["x\u001fy"] }), rel("PARTICIPATED_IN", "member:jpn", "event:e1", { role: "HOST" }));
    const csv = writeLoadCsv(plan, join(dir, "rels"));
    expect(csv.arrayDelimiter).toBe("\u001e");
    const [header, line] = readFileSync(csv.relationshipFiles[0]!, "utf8").trimEnd().split("\n");
    expect(header!.split(",").slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
    expect(header).toContain("pageKey:string");
    expect(line).toContain('"member:jpn","event:e1",PARTICIPATED_IN');
    expect(line).toContain('"member:jpn\u0001~\u0001Event e1\u0001event:e1\u0001PARTICIPATED_IN\u0001HOST"');
  });

  it("refuses a value it cannot write as the transactional importer stores it", () => {
    const plan: LoadPlan = {
      nodes: new Map([["event:e1", { id: "event:e1", label: "Event", props: { id: "event:e1", mixed: [1, 2.5] } }]]),
      rels: new Map(),
      files: [],
      summary: { nodes: { created: 1, updated: 0, unchanged: 0 }, relationships: { created: 0, updated: 0, unchanged: 0 } },
    };
    expect(() => writeLoadCsv(plan, join(dir, "refused"))).toThrow(/node event:e1, property mixed, is a list of mixed or nested values.*Import without --bulk/);
  });
});

describe("the bulk loader's target", () => {
  it("is the project's own local Neo4j only", () => {
    const logger = createLogger({ level: "silent", format: "json" });
    const attempt = () => bulkTargetOf(loadConfig({ NEO4J_URI: "bolt://db.example.org:7687", NEO4J_PASSWORD: "secret-pw" }), logger);
    expect(attempt).toThrow(BulkImportError);
    expect(attempt).toThrow(/NEO4J_URI is set, and the bulk importer loads only the project's own local Neo4j.*Import without --bulk/);
  });
});
