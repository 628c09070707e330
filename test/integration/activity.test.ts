import { describe, expect, it } from "vitest";
import { ActivityDocument, type ActivityQuery as ActivityResult } from "../generated/graphql.js";
import { ActivityWorld, sortRows, type ActivityQuery, type ExpectedRow } from "../support/activity-expected.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

type Row = ActivityResult["activity"]["rows"][number];

/** An API row as the expected computation states it: programme and region by code, actor by id. */
const plain = (r: Row): ExpectedRow => ({
  year: r.year ?? null,
  programme: r.programme?.code ?? null,
  region: r.regionCode ?? null,
  eventKind: r.eventKind ?? null,
  role: r.role ?? null,
  actor: r.actor?.id ?? null,
  value: r.value,
});

describe("activity (on the seed and generated data)", () => {
  const graph = usePreparedGraph();
  let world: ActivityWorld | undefined;
  const records = async (): Promise<ActivityWorld> => {
    if (!world) {
      const { nodes, rels } = await graph().records();
      world = new ActivityWorld(nodes, rels);
    }
    return world;
  };

  /** Asks the API for the whole table (page by page) and checks it against the second computation, order included. */
  async function check(q: ActivityQuery, order: "VALUE_DESC" | "VALUE_ASC" | "DIMENSIONS" = "VALUE_DESC"): Promise<ExpectedRow[]> {
    const expected = sortRows((await records()).rows(q), q.groupBy, order);
    const got: ExpectedRow[] = [];
    for (let offset = 0; ; offset += 100) {
      const res = await execute(graph().app, ActivityDocument, { ...q, order, first: 100, offset });
      expect(res.errors).toBeUndefined();
      const a = res.data!.activity;
      expect(a.totalRows).toBe(expected.length);
      got.push(...a.rows.map(plain));
      expect(a.hasMore).toBe(got.length < expected.length);
      if (!a.hasMore) break;
    }
    expect(got).toEqual(expected);
    return expected;
  }

  it("events per programme per year, on the seed: sub-programme activities count for their parents", async () => {
    const rows = await check({ groupBy: ["PROGRAMME", "YEAR"], measure: "EVENTS" }, "DIMENSIONS");
    // The Kyoto conference (2019) addressed PGS and SALW, both under the Security Programme (SP): it counts for all three.
    const sp2019 = rows.find((r) => r.programme === "SP" && r.year === 2019)!;
    const pgs2019 = rows.find((r) => r.programme === "PGS" && r.year === 2019)!;
    expect(sp2019.value).toBeGreaterThanOrEqual(pgs2019.value);
    expect(pgs2019.value).toBeGreaterThanOrEqual(1);
    // Events of no programme, and undated ones, have their rows (null), so nothing is lost.
    expect(rows.some((r) => r.programme === null)).toBe(true);
    expect(rows.some((r) => r.year === null)).toBe(true);
  });

  it("events per programme per year within a programme and a period, synthetic data included", async () => {
    const rows = await check({ groupBy: ["PROGRAMME", "YEAR"], measure: "EVENTS", programme: "SP", from: "2015", to: "2020-06", includeSynthetic: true }, "DIMENSIONS");
    expect(rows.every((r) => r.year !== null && r.year >= 2015 && r.year <= 2020)).toBe(true);
    expect(rows.length).toBeGreaterThan(20);
  });

  it("the most active members of a programme (events they took part in), synthetic data included", async () => {
    const rows = await check({ groupBy: ["ACTOR"], measure: "EVENTS", programme: "PGS", includeSynthetic: true });
    expect(rows.length).toBeGreaterThan(100);
    expect(rows[0]!.value).toBeGreaterThan(rows[rows.length - 1]!.value);
  });

  it("who spoke most often, in which role (speeches: every SPOKE_AT but ATTENDED)", async () => {
    const seed = await check({ groupBy: ["ACTOR", "ROLE"], measure: "SPEECHES" });
    expect(seed.some((r) => r.role === "ATTENDED")).toBe(false);
    expect(seed.length).toBeGreaterThan(5);
    await check({ groupBy: ["ACTOR", "ROLE"], measure: "SPEECHES", includeSynthetic: true });
    await check({ groupBy: ["ROLE"], measure: "APPEARANCES", includeSynthetic: true });
  });

  it("participations by region and role, organizations in or out", async () => {
    const members = await check({ groupBy: ["REGION", "ROLE"], measure: "PARTICIPATIONS", includeSynthetic: true });
    const all = await check({ groupBy: ["REGION", "ROLE"], measure: "PARTICIPATIONS", includeSynthetic: true, includeOrganizations: true });
    // Organizations have no region: their participations are null rows, which members alone do not make.
    const organizers = (rows: ExpectedRow[]) => rows.find((r) => r.region === null && r.role === "ORGANIZER")?.value ?? 0;
    expect(organizers(members)).toBe(0);
    expect(organizers(all)).toBeGreaterThan(100);
  });

  it("an event counts once per role it has, and distinct participants per dimension", async () => {
    await check({ groupBy: ["ROLE"], measure: "EVENTS", includeSynthetic: true, includeOrganizations: true });
    await check({ groupBy: ["YEAR"], measure: "DISTINCT_PARTICIPANTS", includeSynthetic: true }, "DIMENSIONS");
    await check({ groupBy: ["EVENT_KIND", "ROLE"], measure: "DISTINCT_PARTICIPANTS", includeSynthetic: true, includeOrganizations: true });
    await check({ groupBy: ["PROGRAMME"], measure: "DISTINCT_PARTICIPANTS", region: "AP" });
    await check({ groupBy: ["YEAR"], measure: "DISTINCT_SPEAKERS", includeSynthetic: true, from: "2018-06", to: "2021" }, "VALUE_ASC");
  });

  it("filters: event kinds, roles, a region with EVENTS", async () => {
    await check({ groupBy: ["YEAR", "EVENT_KIND"], measure: "EVENTS", includeSynthetic: true, eventKinds: ["workshop", "conference"] });
    await check({ groupBy: ["ACTOR"], measure: "PARTICIPATIONS", includeSynthetic: true, roles: ["HOST"], region: "EUR" });
    await check({ groupBy: ["YEAR"], measure: "EVENTS", region: "WCA" }, "DIMENSIONS");
  });

  it("folded: affiliates take part as their members", async () => {
    const unfolded = await check({ groupBy: ["ACTOR"], measure: "EVENTS", programme: "SP" });
    const folded = await check({ groupBy: ["ACTOR"], measure: "EVENTS", programme: "SP", foldMembers: true });
    // The Government of Japan's events become Japan's.
    const japan = (rows: ExpectedRow[]) => rows.find((r) => r.actor === "member:jpn")?.value ?? 0;
    expect(japan(folded)).toBeGreaterThan(japan(unfolded));
    await check({ groupBy: ["REGION", "ROLE"], measure: "PARTICIPATIONS", foldMembers: true, includeSynthetic: true });
    await check({ groupBy: ["ACTOR", "ROLE"], measure: "PARTICIPATIONS", foldMembers: true, foldRoles: ["GOVERNMENT", "AGENCY"], includeOrganizations: true, includeSynthetic: true });
    await check({ groupBy: ["YEAR"], measure: "DISTINCT_PARTICIPANTS", foldMembers: true, includeOrganizations: true }, "DIMENSIONS");
  });

  it("the seed answers docs/querying.md gives for its three examples", async () => {
    const app = graph().app;
    const perYear = await execute(app, ActivityDocument, { groupBy: ["PROGRAMME", "YEAR"], measure: "EVENTS", programme: "SP", from: "2018", to: "2019", order: "DIMENSIONS", first: 100 });
    expect(perYear.data!.activity.rows.map((r) => `${r.year} ${r.programme!.code} ${r.value}`)).toEqual([
      "2018 APSP 1", "2019 APSP 2", "2018 PAX 2", "2019 PAX 1", "2018 PGS 2", "2019 PGS 2", "2018 SALW 1", "2019 SALW 2",
      "2018 SP 4", "2019 SP 5", "2018 STCE 1", "2018 TF 1", "2018 WCA-SP 1", "2019 WCA-SP 2",
    ]);
    const members = await execute(app, ActivityDocument, { groupBy: ["ACTOR"], measure: "EVENTS", programme: "SP", first: 3 });
    expect(members.data!.activity.totalRows).toBe(19);
    expect(members.data!.activity.rows.map((r) => `${r.actor!.id} ${r.value}`)).toEqual(["member:jpn 2", "member:ben 1", "member:bgd 1"]);
    const actors = await execute(app, ActivityDocument, { groupBy: ["ACTOR"], measure: "EVENTS", programme: "SP", includeOrganizations: true, first: 3 });
    expect(actors.data!.activity.rows.map((r) => `${r.actor!.id} ${r.value}`)).toEqual(["organization:wco 20", "organization:government-of-japan 10", "organization:interpol 5"]);
    const folded = await execute(app, ActivityDocument, { groupBy: ["ACTOR"], measure: "EVENTS", programme: "SP", foldMembers: true, first: 2 });
    expect(folded.data!.activity.totalRows).toBe(23);
    expect(folded.data!.activity.rows.map((r) => `${r.actor!.id} ${r.value}`)).toEqual(["member:jpn 10", "member:usa 5"]);
    const speakers = await execute(app, ActivityDocument, { groupBy: ["ACTOR", "ROLE"], measure: "SPEECHES", first: 3 });
    expect(speakers.data!.activity.rows.map((r) => `${r.actor!.id} ${r.role} ${r.value}`)).toEqual([
      "person:kunio-mikuriya PRESENTED 6", "person:kunio-mikuriya KEYNOTE 2", "person:kunio-mikuriya OPENED 2",
    ]);
  });

  it("one statement, and the rows' entities come with it", async () => {
    const res = await execute(graph().app, ActivityDocument, { groupBy: ["ACTOR", "PROGRAMME", "REGION"], measure: "PARTICIPATIONS", first: 50 });
    expect(res.errors).toBeUndefined();
    expect(res.statements).toBe(1);
    expect(res.data!.activity.rows.every((r) => r.actor?.__typename === "Member" && r.region?.code === r.regionCode)).toBe(true);
  });

  it("bad input is BAD_USER_INPUT naming the argument", async () => {
    const app = graph().app;
    const error = async (v: Parameters<typeof execute<unknown, Record<string, unknown>>>[2]) => {
      const res = await execute(app, ActivityDocument, v as never);
      return { code: res.errors?.[0]?.extensions.code, argument: res.errors?.[0]?.extensions.argument, message: res.errors?.[0]?.message };
    };
    expect(await error({ groupBy: [], measure: "EVENTS" })).toMatchObject({ code: "BAD_USER_INPUT", argument: "groupBy" });
    expect(await error({ groupBy: ["YEAR", "YEAR"], measure: "EVENTS" })).toMatchObject({ code: "BAD_USER_INPUT", argument: "groupBy", message: "groupBy names YEAR more than once" });
    expect(await error({ groupBy: ["YEAR"], measure: "EVENTS", programme: "NOPE" })).toMatchObject({ code: "BAD_USER_INPUT", argument: "programme" });
    expect(await error({ groupBy: ["YEAR"], measure: "EVENTS", region: "MARS" })).toMatchObject({ code: "BAD_USER_INPUT", argument: "region" });
    expect(await error({ groupBy: ["YEAR"], measure: "EVENTS", from: "2020", to: "2019" })).toMatchObject({ code: "BAD_USER_INPUT", argument: "from" });
  });
});
