import { describe, expect, it } from "vitest";
import { parseImportLines, parseRecords } from "../../src/import/import.reader.js";
import { event, member, rel, source, SRC } from "../support/records.js";

const parse = (...records: unknown[]) => parseImportLines("/data/test.jsonl", records.map((r) => (typeof r === "string" ? r : JSON.stringify(r))));

describe("reading an import file", () => {
  it("accepts valid records and keeps ids and sources as properties", async () => {
    const f = await parse(source(), member("jpn", { iso3: "JPN" }), event("e1"), rel("PARTICIPATED_IN", "member:jpn", "event:e1", { role: "HOST" }));
    expect(f.issues).toEqual([]);
    expect(f.nodes.map((n) => n.id)).toEqual([SRC, "member:jpn", "event:e1"]);
    expect(f.nodes[1]?.props).toMatchObject({ id: "member:jpn", iso3: "JPN", sources: [SRC] });
    expect(f.rels[0]).toMatchObject({ type: "PARTICIPATED_IN", key: "HOST", props: { role: "HOST", key: "HOST", sources: [SRC] } });
  });

  it("names the file, line, record and field of every problem", async () => {
    const f = await parse(
      source(),
      "{not json",
      member("jpn", { kind: "planet" }),
      { ...member("fra"), id: "event:fra" },
      member("deu", {}, []),
      event("e1", { startDate: "2019-02-30" }),
      rel("PARTICIPATED_IN", "member:jpn", "event:e1", {}),
      rel("SPOKE_AT", "member:jpn", "event:e1", { role: "KEYNOTE" }),
      member("ita", { colour: "green" }),
      { kind: "thing" },
    );
    const where = f.issues.map((i) => `${i.line} ${i.record ?? ""} ${i.field ?? ""}`.trim());
    expect(where).toEqual([
      "2",
      "3 member:jpn props.kind",
      "4 event:fra id",
      "5 member:deu sources",
      "6 event:e1 props.startDate",
      "7 member:jpn -[PARTICIPATED_IN]-> event:e1 props.role",
      "8 member:jpn -[SPOKE_AT]-> event:e1 from",
      "9 member:ita props",
      "10  kind",
    ]);
    expect(f.issues.every((i) => i.file === "test.jsonl")).toBe(true);
    expect(f.issues[0]?.message).toMatch(/not valid JSON/);
    expect(f.issues[5]?.message).toMatch(/role|Invalid/);
  });

  it("refuses the same id twice and the same relationship twice", async () => {
    const f = await parse(source(), member("jpn"), member("jpn"), rel("IN_REGION", "member:jpn", "region:ap"), rel("IN_REGION", "member:jpn", "region:ap"));
    expect(f.issues.map((i) => i.line)).toEqual([3, 5]);
  });

  it("tells apart two roles of one member at one event by their key", async () => {
    const f = await parse(source(), rel("PARTICIPATED_IN", "member:jpn", "event:e1", { role: "HOST" }), rel("PARTICIPATED_IN", "member:jpn", "event:e1", { role: "FUNDER" }));
    expect(f.issues).toEqual([]);
    expect(f.rels.map((r) => r.key)).toEqual(["HOST", "FUNDER"]);
  });

  it("records which ids a file points at, for the reference check", async () => {
    const f = await parse(rel("IN_REGION", "member:jpn", "region:ap", {}, ["source:elsewhere"]));
    expect([...f.references.keys()].sort()).toEqual(["member:jpn", "region:ap", "source:elsewhere"]);
    expect(f.references.get("region:ap")).toMatchObject({ line: 1 });
  });

  it("keeps where each id was first used, and refuses a source that is not a Source", async () => {
    const f = await parse(
      rel("IN_REGION", "member:jpn", "region:ap"),
      rel("IN_REGION", "member:fra", "region:ap", {}, ["member:deu"]),
      rel("IN_REGION", "member:jpn", "region:eu"),
    );
    expect(Object.fromEntries([...f.references].map(([id, o]) => [id, `${o.line} ${o.record}`]))).toEqual({
      "member:jpn": "1 member:jpn -[IN_REGION]-> region:ap",
      "region:ap": "1 member:jpn -[IN_REGION]-> region:ap",
      [SRC]: "1 member:jpn -[IN_REGION]-> region:ap",
      "member:fra": "2 member:fra -[IN_REGION]-> region:ap",
      "region:eu": "3 member:jpn -[IN_REGION]-> region:eu",
    });
    expect(f.issues.map((i) => `${i.line} ${i.field} ${i.message}`)).toEqual(["2 sources member:deu is not a source id (source:...)"]);
  });

  it("stores a record's properties with the importer's own, and nothing left undefined", () => {
    const alternatives = [{ prop: "name", value: "Nippon", sources: [SRC] }];
    // As values (the editor API's way in): JSON could not carry the undefined.
    const f = parseRecords("editor", [source(), { ...member("jpn", { name: "Japan", iso3: undefined }), alternatives }, rel("PARTICIPATED_IN", "member:jpn", "event:e1", { role: "HOST" })]);
    expect(f.issues).toEqual([]);
    expect(f.nodes[1]?.props).toEqual({ ...f.nodes[1]?.props, id: "member:jpn", name: "Japan", sources: [SRC], alternatives: JSON.stringify(alternatives) });
    expect(Object.values(f.nodes[1]?.props ?? {})).not.toContain(undefined);
    expect(f.rels[0]?.props).toEqual({ role: "HOST", key: "HOST", sources: [SRC] });
  });

  it("names no label for an id whose prefix is a property every object has", async () => {
    const f = await parse(source(), rel("IN_REGION", "constructor:x", "region:ap"), { ...member("jpn"), id: "constructor:jpn" });
    expect(f.issues.map((i) => `${i.line} ${i.field} ${i.message}`)).toEqual([
      "2 from IN_REGION must start at Member, not an unknown label",
      '3 id a Member id must start with "member:"',
    ]);
  });

  it("marks every record synthetic when the header says so", async () => {
    const f = await parse({ kind: "header", format: "coopgraph/v1", synthetic: true }, source(), member("jpn"), rel("IN_REGION", "member:jpn", "region:ap"));
    expect(f.nodes.every((n) => n.props.synthetic === true)).toBe(true);
    expect(f.rels.every((r) => r.props.synthetic === true)).toBe(true);
  });

  it("keeps hostile strings as data", async () => {
    const name = "x'}) MATCH (n) DETACH DELETE n //\u202e\u0000 ☃";
    const f = await parse(source(), member("jpn", { name }));
    expect(f.issues).toEqual([]);
    expect(f.nodes[1]?.props.name).toBe(name);
  });

  it("accepts reduced-precision dates and refuses impossible ones", async () => {
    const ok = await parse(source(), event("a", { startDate: "2018", endDate: "2018-10" }));
    expect(ok.issues).toEqual([]);
    const bad = await parse(source(), event("b", { startDate: "2018-13" }), event("c", { startDate: "18-10-02" }));
    expect(bad.issues.map((i) => i.field)).toEqual(["props.startDate", "props.startDate"]);
  });
});
