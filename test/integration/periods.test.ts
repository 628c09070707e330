import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readImportFile } from "../../src/import/import.reader.js";
import { ImportService } from "../../src/import/import.service.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import { CoParticipantsDocument, EventsPageDocument, MembersInProgrammesDocument, NetworkTotalsDocument, TimelineDocument } from "../generated/graphql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { dayInterval } from "../support/dates.js";
import { silentLogger } from "../support/db.js";
import { execute } from "../support/graphql.js";
import { event, jsonl, member, programme, rel, source } from "../support/records.js";

/**
 * Periods with partial dates (src/graphql/period.ts): a date is the interval it
 * names, and an event counts when its interval overlaps the period. A small
 * graph of our own, on top of the seed, with events dated to the year, the
 * month, the day and across boundaries, is asked the same days written two
 * ways; what should come back is computed here with Date intervals.
 */

/** Whether an event dated start..end (partial dates; none: undated) counts for a period from..to (either open). */
function counts(start: string | undefined, end: string | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!start) return false;
  const lo = dayInterval(start).first;
  const hi = dayInterval(end ?? start).last;
  return (!to || lo <= dayInterval(to).last) && (!from || hi >= dayInterval(from).first);
}

const EVENTS: { slug: string; start?: string; end?: string }[] = [
  { slug: "y2019", start: "2019" },
  { slug: "m2019-05", start: "2019-05" },
  { slug: "d2019-05-28", start: "2019-05-28" },
  { slug: "d2018-12-31", start: "2018-12-31" },
  { slug: "d2020-01-01", start: "2020-01-01" },
  { slug: "d2019-04-30", start: "2019-04-30" },
  { slug: "d2019-06-01", start: "2019-06-01" },
  { slug: "r-new-year", start: "2018-12-30", end: "2019-01-02" },
  { slug: "r-into-may", start: "2019-04-29", end: "2019-05-02" },
  { slug: "r-out-of-may", start: "2019-05-31", end: "2019-06-03" },
  { slug: "r-months", start: "2018-11", end: "2019-02" },
  { slug: "r-years", start: "2017", end: "2018" },
  { slug: "undated" },
];

/** Who took part where: tpa everywhere, tpb in every other event, tpc in the ranges and the undated one. */
const PARTICIPANTS: Record<string, string[]> = {
  "member:tpa": EVENTS.map((e) => e.slug),
  "member:tpb": EVENTS.filter((_, i) => i % 2 === 0).map((e) => e.slug),
  "member:tpc": EVENTS.filter((e) => e.slug.startsWith("r-") || e.slug === "undated").map((e) => e.slug),
};

/** The same days written two ways, and some open-ended periods. */
const PERIODS: { name: string; a: { from?: string; to?: string }; b: { from?: string; to?: string } }[] = [
  { name: "2019", a: { from: "2019", to: "2019" }, b: { from: "2019-01-01", to: "2019-12-31" } },
  { name: "May 2019", a: { from: "2019-05", to: "2019-05" }, b: { from: "2019-05-01", to: "2019-05-31" } },
  { name: "28 May 2019", a: { from: "2019-05-28", to: "2019-05-28" }, b: { from: "2019-05-28", to: "2019-05-28" } },
  { name: "Dec 2018 to Jan 2019", a: { from: "2018-12", to: "2019-01" }, b: { from: "2018-12-01", to: "2019-01-31" } },
  { name: "from 2019", a: { from: "2019" }, b: { from: "2019-01-01" } },
  { name: "to 2018", a: { to: "2018" }, b: { to: "2018-12-31" } },
  { name: "to May 2019", a: { to: "2019-05" }, b: { to: "2019-05-31" } },
];

const id = (slug: string) => `event:tp-${slug}`;

describe("periods: a partial date is the interval it names, an event counts when it overlaps", () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-periods-"));

  beforeAll(async () => {
    const file = join(dir, "periods.jsonl");
    writeFileSync(
      file,
      jsonl(
        source(),
        programme("tp", "TPERIOD"),
        { kind: "node", label: "Person", id: "person:tp-speaker", props: { name: "Period Speaker" }, sources: ["source:test-doc"] },
        ...Object.keys(PARTICIPANTS).map((m) => member(m.slice("member:".length))),
        ...EVENTS.map((e) => event(`tp-${e.slug}`, { ...(e.start ? { startDate: e.start } : {}), ...(e.end ? { endDate: e.end } : {}) })),
        ...EVENTS.map((e) => rel("ACTIVITY_OF", id(e.slug), "programme:tp")),
        ...EVENTS.map((e) => rel("SPOKE_AT", "person:tp-speaker", id(e.slug), { role: "SPOKE" })),
        ...Object.entries(PARTICIPANTS).flatMap(([m, slugs]) => slugs.map((s) => rel("PARTICIPATED_IN", m, id(s), { role: "PARTICIPANT" }))),
      ),
    );
    t = await startTestApp({ seed: true, prepare: async (db) => void (await new ImportService(db.runner, silentLogger).importFiles([file])) });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The events of our graph that count for a period, computed from the dates above. */
  const expectedEvents = (p: { from?: string; to?: string }) => EVENTS.filter((e) => counts(e.start, e.end, p.from, p.to)).map((e) => id(e.slug)).sort();
  const shared = (x: string, y: string, p: { from?: string; to?: string }) => {
    const inPeriod = new Set(expectedEvents(p));
    return PARTICIPANTS[x]!.filter((s) => PARTICIPANTS[y]!.includes(s) && inPeriod.has(id(s))).length;
  };

  it("the expectations are not trivial: each period keeps some events and leaves others out", () => {
    for (const p of PERIODS) {
      const n = expectedEvents(p.a).length;
      expect(n, p.name).toBeGreaterThan(0);
      expect(n, p.name).toBeLessThan(EVENTS.length - 1);
      expect(expectedEvents(p.b), p.name).toEqual(expectedEvents(p.a));
    }
    // Partial overlaps count: the New Year range is in 2019 and in 2018, the May ranges in May.
    expect(expectedEvents({ from: "2019", to: "2019" })).toContain(id("r-new-year"));
    expect(expectedEvents({ to: "2018" })).toContain(id("r-new-year"));
    expect(expectedEvents({ from: "2019-05", to: "2019-05" })).toEqual(expect.arrayContaining([id("r-into-may"), id("r-out-of-may"), id("y2019")]));
  });

  it.each(PERIODS)("timeline, $name: both ways give the events that overlap", async ({ a, b }) => {
    for (const p of [a, b]) {
      const res = await execute(t.app, TimelineDocument, { id: "person:tp-speaker", first: 100, ...p });
      expect(res.errors).toBeUndefined();
      expect(res.data!.timeline.map((e) => e.event.id).sort()).toEqual(expectedEvents(p));
    }
  });

  it.each(PERIODS)("events list filter, $name: both ways give the same events and totalCount", async ({ a, b }) => {
    for (const p of [a, b]) {
      const res = await execute(t.app, EventsPageDocument, { first: 100, filter: { programme: "TPERIOD", ...p } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.events.edges.map((e) => e.node.id).sort()).toEqual(expectedEvents(p));
      expect(res.data!.events.totalCount).toBe(expectedEvents(p).length);
    }
  });

  it.each(PERIODS)("coParticipants, $name: shared events counted over the overlapping events", async ({ a, b }) => {
    for (const p of [a, b]) {
      const res = await execute(t.app, CoParticipantsDocument, { id: "member:tpa", first: 10, ...p });
      expect(res.errors).toBeUndefined();
      const expected = ["member:tpb", "member:tpc"].map((m) => [m, shared("member:tpa", m, p)] as const).filter(([, n]) => n > 0);
      expected.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      expect(res.data!.coParticipants.map((c) => [c.partner.id, c.sharedEventCount])).toEqual(expected);
    }
  });

  it.each(PERIODS)("cooperationNetwork, $name: edge weights over the overlapping events", async ({ a, b }) => {
    for (const p of [a, b]) {
      const res = await execute(t.app, NetworkTotalsDocument, { programme: "TPERIOD", ...p });
      expect(res.errors).toBeUndefined();
      const members = Object.keys(PARTICIPANTS).sort();
      const expected = members
        .flatMap((x, i) => members.slice(i + 1).map((y) => ({ source: x, target: y, weight: shared(x, y, p) })))
        .filter((e) => e.weight > 0)
        .sort((x, y) => y.weight - x.weight || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1));
      expect(res.data!.cooperationNetwork.edges).toEqual(expected);
    }
  });

  it.each(PERIODS)("membersInProgrammes, $name: members and their evidence over the overlapping events", async ({ a, b }) => {
    for (const p of [a, b]) {
      const res = await execute(t.app, MembersInProgrammesDocument, { programmes: ["TPERIOD"], ...p });
      expect(res.errors).toBeUndefined();
      const inPeriod = new Set(expectedEvents(p));
      const expected = Object.entries(PARTICIPANTS)
        .map(([m, slugs]) => [m, slugs.map(id).filter((e) => inPeriod.has(e)).sort()] as const)
        .filter(([, events]) => events.length > 0)
        .sort((x, y) => (x[0] < y[0] ? -1 : 1));
      // Members come by name, which here is the upper-cased slug: the same order as their ids.
      expect(res.data!.membersInProgrammes.map((r) => [r.member.id, r.programmes[0]!.events.map((e) => e.id).sort()])).toEqual(expected);
    }
  });

  it("with no period every event counts, undated ones too; any period leaves the undated one out", async () => {
    const all = await execute(t.app, TimelineDocument, { id: "person:tp-speaker", first: 100 });
    expect(all.data!.timeline.map((e) => e.event.id).sort()).toEqual(EVENTS.map((e) => id(e.slug)).sort());
    const open = await execute(t.app, TimelineDocument, { id: "person:tp-speaker", first: 100, from: "1900" });
    expect(open.data!.timeline.map((e) => e.event.id)).not.toContain(id("undated"));
    expect(open.data!.timeline).toHaveLength(EVENTS.length - 1);
  });

  it("a period that starts after it ends is BAD_USER_INPUT naming from, at any precision", async () => {
    const res = await execute(t.app, TimelineDocument, { id: "person:tp-speaker", from: "2019-06", to: "2019-05-31" });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "from" });
    const list = await execute(t.app, EventsPageDocument, { filter: { from: "2020", to: "2019-12-31" } });
    expect(list.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.from" });
  });

  it("Dr Mikuriya's 2019, written 2019 or 2019-01-01..2019-12-31, is the same entries, as the seed's files say", async () => {
    // Independent: his PARTICIPATED_IN, SPOKE_AT and FUNDED ties in the seed's files, to events that overlap 2019.
    const dates = new Map<string, { start?: string; end?: string }>();
    const ties: string[] = [];
    for (const path of seedFiles()) {
      const f = await readImportFile(path);
      for (const n of f.nodes) if (n.label === "Event") dates.set(n.id, { start: n.props.startDate as string | undefined, end: n.props.endDate as string | undefined });
      for (const r of f.rels) if (r.from === "person:kunio-mikuriya" && ["PARTICIPATED_IN", "SPOKE_AT", "FUNDED"].includes(r.type)) ties.push(`${r.to} ${r.type} ${String(r.props.role ?? null)}`);
    }
    const expected = ties.filter((tie) => {
      const d = dates.get(tie.split(" ")[0]!)!;
      return counts(d.start, d.end, "2019", "2019");
    });
    expect(expected.length).toBeGreaterThan(5);
    for (const p of [{ from: "2019", to: "2019" }, { from: "2019-01-01", to: "2019-12-31" }]) {
      const res = await execute(t.app, TimelineDocument, { id: "person:kunio-mikuriya", first: 100, ...p });
      expect(res.data!.timeline.map((e) => `${e.event.id} ${e.relation} ${e.role}`).sort()).toEqual([...expected].sort());
    }
  });
});
