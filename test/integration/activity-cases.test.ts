import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportService } from "../../src/import/import.service.js";
import { ActivityDocument, type ActivityQueryVariables } from "../generated/graphql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { silentLogger } from "../support/db.js";
import { execute } from "../support/graphql.js";
import { event, jsonl, member, programme, rel, source, SRC } from "../support/records.js";

const node = (label: string, id: string, props: Record<string, unknown>) => ({ kind: "node", label, id, props, sources: [SRC] });

/**
 * A graph small enough to count by hand, with the cases the seed lacks: an
 * event across New Year, an undated one, a programme three levels deep reached
 * twice, a member with two roles at one event, a person with two speeches at
 * one event, a member of no region, synthetic data. Every expected row below
 * is counted from this list, not from the API.
 *
 *   e1 workshop 2018-12-30..2019-01-02, ACTIVITY_OF SUBSUB, ADDRESSED SUB (SUBSUB -> SUB -> TOP)
 *      a HOST, a FUNDER, b PARTICIPANT, org ORGANIZER; p1 OPENED, p1 CLOSED, p2 ATTENDED
 *   e2 conference 2019-05-28, ADDRESSED OTHER; c HOST, d PARTICIPANT; p1 KEYNOTE
 *   e3 meeting, undated, ACTIVITY_OF TOP; nobody
 *   e4 workshop 2019-06 (synthetic); a PARTICIPANT (synthetic)
 *   e5 meeting 2020-02, no programme; b PARTICIPANT
 *   regions: a, b in AP; c in EUR; d in none
 *   gov-c, AFFILIATED_WITH c (GOVERNMENT): HOST of e2 (with c), PARTICIPANT of e5
 */
const RECORDS = [
  source(),
  node("Region", "region:ap", { name: "Asia/Pacific", code: "AP" }),
  node("Region", "region:eur", { name: "Europe", code: "EUR" }),
  member("a"), member("b"), member("c"), member("d"),
  rel("IN_REGION", "member:a", "region:ap"), rel("IN_REGION", "member:b", "region:ap"), rel("IN_REGION", "member:c", "region:eur"),
  node("Organization", "organization:org", { name: "Org", kind: "intergovernmental" }),
  node("Organization", "organization:gov-c", { name: "Government of C", kind: "government" }),
  rel("AFFILIATED_WITH", "organization:gov-c", "member:c", { role: "GOVERNMENT" }),
  node("Person", "person:p1", { name: "P One" }), node("Person", "person:p2", { name: "P Two" }),
  programme("top", "TOP"), programme("sub", "SUB"), programme("subsub", "SUBSUB"), programme("other", "OTHER"),
  rel("PART_OF", "programme:sub", "programme:top"), rel("PART_OF", "programme:subsub", "programme:sub"),
  event("e1", { startDate: "2018-12-30", endDate: "2019-01-02" }),
  rel("ACTIVITY_OF", "event:e1", "programme:subsub"), rel("ADDRESSED", "event:e1", "programme:sub"),
  rel("PARTICIPATED_IN", "member:a", "event:e1", { role: "HOST" }), rel("PARTICIPATED_IN", "member:a", "event:e1", { role: "FUNDER" }),
  rel("PARTICIPATED_IN", "member:b", "event:e1", { role: "PARTICIPANT" }), rel("PARTICIPATED_IN", "organization:org", "event:e1", { role: "ORGANIZER" }),
  rel("SPOKE_AT", "person:p1", "event:e1", { role: "OPENED" }), rel("SPOKE_AT", "person:p1", "event:e1", { role: "CLOSED" }),
  rel("SPOKE_AT", "person:p2", "event:e1", { role: "ATTENDED" }),
  event("e2", { kind: "conference", startDate: "2019-05-28" }),
  rel("ADDRESSED", "event:e2", "programme:other"),
  rel("PARTICIPATED_IN", "member:c", "event:e2", { role: "HOST" }), rel("PARTICIPATED_IN", "member:d", "event:e2", { role: "PARTICIPANT" }),
  rel("SPOKE_AT", "person:p1", "event:e2", { role: "KEYNOTE" }),
  event("e3", { kind: "meeting" }),
  rel("ACTIVITY_OF", "event:e3", "programme:top"),
  event("e4", { startDate: "2019-06", synthetic: true }),
  rel("PARTICIPATED_IN", "member:a", "event:e4", { role: "PARTICIPANT", synthetic: true }),
  event("e5", { kind: "meeting", startDate: "2020-02" }),
  rel("PARTICIPATED_IN", "member:b", "event:e5", { role: "PARTICIPANT" }),
  rel("PARTICIPATED_IN", "organization:gov-c", "event:e2", { role: "HOST" }), rel("PARTICIPATED_IN", "organization:gov-c", "event:e5", { role: "PARTICIPANT" }),
];

describe("activity on a graph counted by hand", () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-activity-"));
  beforeAll(async () => {
    const file = join(dir, "activity.jsonl");
    writeFileSync(file, jsonl(...RECORDS));
    t = await startTestApp({ prepare: (db) => new ImportService(db.runner, silentLogger).importFiles([file]).then(() => undefined) });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The rows as "dimension values = value", the dimensions asked for in groupBy order. */
  async function rows(v: Omit<ActivityQueryVariables, "first">): Promise<string[]> {
    const res = await execute(t.app, ActivityDocument, { first: 100, ...v });
    expect(res.errors).toBeUndefined();
    const dims = [v.groupBy].flat();
    return res.data!.activity.rows.map((r) => {
      const value = (d: string) =>
        ({ YEAR: r.year, PROGRAMME: r.programme?.code, REGION: r.regionCode, EVENT_KIND: r.eventKind, ROLE: r.role, ACTOR: r.actor?.id })[d] ?? null;
      return `${dims.map((d) => String(value(d))).join(" ")} = ${r.value}`;
    });
  }

  it("YEAR: every year an event touches, within the period; undated events under null", async () => {
    expect(await rows({ groupBy: ["YEAR"], measure: "EVENTS", order: "DIMENSIONS" })).toEqual(["2018 = 1", "2019 = 2", "2020 = 1", "null = 1"]);
    expect(await rows({ groupBy: ["YEAR"], measure: "EVENTS", from: "2019", to: "2019" })).toEqual(["2019 = 2"]);
    expect(await rows({ groupBy: ["YEAR"], measure: "EVENTS", includeSynthetic: true, order: "DIMENSIONS" })).toEqual(["2018 = 1", "2019 = 3", "2020 = 1", "null = 1"]);
  });

  it("PROGRAMME: an activity counts for every programme above it, once each; a programme filter keeps its own subtree", async () => {
    expect(await rows({ groupBy: ["PROGRAMME"], measure: "EVENTS" })).toEqual(["TOP = 2", "OTHER = 1", "SUB = 1", "SUBSUB = 1", "null = 1"]);
    expect(await rows({ groupBy: ["PROGRAMME"], measure: "EVENTS", programme: "sub" })).toEqual(["SUB = 1", "SUBSUB = 1"]);
    // DIMENSIONS: by the dimensions in groupBy's order, nulls last.
    expect(await rows({ groupBy: ["PROGRAMME", "YEAR"], measure: "EVENTS", programme: "TOP", order: "DIMENSIONS" })).toEqual([
      "SUB 2018 = 1", "SUB 2019 = 1", "SUBSUB 2018 = 1", "SUBSUB 2019 = 1", "TOP 2018 = 1", "TOP 2019 = 1", "TOP null = 1",
    ]);
  });

  it("ROLE with EVENTS: an event once per role it has; events without participants in no row", async () => {
    expect(await rows({ groupBy: ["ROLE"], measure: "EVENTS" })).toEqual(["PARTICIPANT = 3", "HOST = 2", "FUNDER = 1"]);
    expect(await rows({ groupBy: ["ROLE"], measure: "EVENTS", includeOrganizations: true })).toEqual(["PARTICIPANT = 3", "HOST = 2", "FUNDER = 1", "ORGANIZER = 1"]);
    expect(await rows({ groupBy: ["YEAR"], measure: "EVENTS", region: "EUR" })).toEqual(["2019 = 1"]);
    expect(await rows({ groupBy: ["EVENT_KIND"], measure: "EVENTS", roles: ["HOST"] })).toEqual(["conference = 1", "workshop = 1"]);
  });

  it("ACTOR: events and participations of each member", async () => {
    expect(await rows({ groupBy: ["ACTOR"], measure: "EVENTS" })).toEqual(["member:b = 2", "member:a = 1", "member:c = 1", "member:d = 1"]);
    expect(await rows({ groupBy: ["ACTOR"], measure: "PARTICIPATIONS" })).toEqual(["member:a = 2", "member:b = 2", "member:c = 1", "member:d = 1"]);
    expect(await rows({ groupBy: ["ACTOR", "ROLE"], measure: "PARTICIPATIONS", eventKinds: ["workshop"] })).toEqual([
      "member:a FUNDER = 1", "member:a HOST = 1", "member:b PARTICIPANT = 1",
    ]);
  });

  it("DISTINCT_PARTICIPANTS by REGION (a member of no region under null) and by ROLE", async () => {
    expect(await rows({ groupBy: ["REGION"], measure: "DISTINCT_PARTICIPANTS" })).toEqual(["AP = 2", "EUR = 1", "null = 1"]);
    expect(await rows({ groupBy: ["ROLE"], measure: "DISTINCT_PARTICIPANTS" })).toEqual(["HOST = 2", "PARTICIPANT = 2", "FUNDER = 1"]);
    expect(await rows({ groupBy: ["YEAR"], measure: "DISTINCT_PARTICIPANTS", order: "DIMENSIONS" })).toEqual(["2018 = 2", "2019 = 4", "2020 = 1"]);
  });

  it("ties follow groupBy's order", async () => {
    expect(await rows({ groupBy: ["YEAR", "ROLE"], measure: "EVENTS", order: "DIMENSIONS" })).toEqual([
      "2018 FUNDER = 1", "2018 HOST = 1", "2018 PARTICIPANT = 1", "2019 FUNDER = 1", "2019 HOST = 2", "2019 PARTICIPANT = 2", "2020 PARTICIPANT = 1",
    ]);
    expect(await rows({ groupBy: ["ROLE", "YEAR"], measure: "EVENTS", order: "DIMENSIONS" })).toEqual([
      "FUNDER 2018 = 1", "FUNDER 2019 = 1", "HOST 2018 = 1", "HOST 2019 = 2", "PARTICIPANT 2018 = 1", "PARTICIPANT 2019 = 2", "PARTICIPANT 2020 = 1",
    ]);
  });

  it("speeches leave ATTENDED out; appearances count it", async () => {
    expect(await rows({ groupBy: ["ACTOR", "ROLE"], measure: "SPEECHES" })).toEqual(["person:p1 CLOSED = 1", "person:p1 KEYNOTE = 1", "person:p1 OPENED = 1"]);
    expect(await rows({ groupBy: ["ACTOR"], measure: "APPEARANCES" })).toEqual(["person:p1 = 3", "person:p2 = 1"]);
    expect(await rows({ groupBy: ["YEAR"], measure: "APPEARANCES", order: "DIMENSIONS" })).toEqual(["2018 = 3", "2019 = 4"]);
    expect(await rows({ groupBy: ["YEAR"], measure: "DISTINCT_SPEAKERS", order: "VALUE_ASC" })).toEqual(["2018 = 1", "2019 = 1"]);
  });

  it("folded, an affiliate takes part as its member: one participation per role and event", async () => {
    expect(await rows({ groupBy: ["ACTOR"], measure: "PARTICIPATIONS", foldMembers: true })).toEqual(["member:a = 2", "member:b = 2", "member:c = 2", "member:d = 1"]);
    expect(await rows({ groupBy: ["ACTOR", "YEAR"], measure: "EVENTS", foldMembers: true, region: "EUR", order: "DIMENSIONS" })).toEqual(["member:c 2019 = 1", "member:c 2020 = 1"]);
    expect(await rows({ groupBy: ["ACTOR"], measure: "PARTICIPATIONS", foldMembers: true, foldRoles: ["AGENCY"], includeOrganizations: true })).toEqual([
      "member:a = 2", "member:b = 2", "organization:gov-c = 2", "member:c = 1", "member:d = 1", "organization:org = 1",
    ]);
    const res = await execute(t.app, ActivityDocument, { groupBy: ["ACTOR"], measure: "EVENTS", foldMembers: true });
    expect(res.data!.activity.foldedMembers).toBe(true);
  });

  it("pages: offset and first over the ordered rows, with the whole table's size", async () => {
    const res = await execute(t.app, ActivityDocument, { groupBy: ["PROGRAMME"], measure: "EVENTS", first: 2, offset: 3 });
    expect(res.data!.activity).toMatchObject({ totalRows: 5, hasMore: false, rows: [{ programme: { code: "SUBSUB" }, value: 1 }, { programme: null, value: 1 }] });
    const first = await execute(t.app, ActivityDocument, { groupBy: ["PROGRAMME"], measure: "EVENTS", first: 2 });
    expect(first.data!.activity).toMatchObject({ totalRows: 5, hasMore: true });
    expect(first.data!.activity.rows.map((r) => r.programme?.code)).toEqual(["TOP", "OTHER"]);
  });
});
