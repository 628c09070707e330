import { describe, expect, it } from "vitest";
import type { NetworkFilter, ProgrammeFilter } from "../../src/analysis/analysis.repository.js";
import { periodParams } from "../../src/graphql/period.js";
import { buildProjection, type EventRow } from "../../src/projection/projection.model.js";
import { countNetwork, networkValue } from "../../src/projection/projection.network.js";
import { projectMembersInProgrammes } from "../../src/projection/projection.members.js";

/**
 * Three members and an agency of the first, at three events, counted by hand:
 * e1 (2019) A, B, C; e2 (2020) A, B; e3 (undated) B, C and O, A's agency.
 */
const actors = [
  { id: "member:a", member: true, name: "A", regions: ["AP"], labels: ["Entity", "Member"], props: { id: "member:a", name: "A" } },
  { id: "member:b", member: true, name: "B", regions: ["AP"], labels: ["Entity", "Member"], props: { id: "member:b", name: "B" } },
  { id: "member:c", member: true, name: "C", regions: ["EUR"], labels: ["Entity", "Member"], props: { id: "member:c", name: "C" } },
  { id: "organization:o", member: false, name: "O", regions: [], labels: ["Entity", "Organization"], props: { id: "organization:o", name: "O" } },
];
const part = (id: string, source = "source:s1"): EventRow["participations"][number] => [id, false, false, [source]];
const events: EventRow[] = [
  { id: "event:e1", startDate: "2019-05", endDate: null, synthetic: false, programmes: ["SP"], participations: [part("member:a"), part("member:b"), part("member:c", "source:s2")] },
  { id: "event:e2", startDate: "2020-01-02", endDate: "2020-01-04", synthetic: false, programmes: [], participations: [part("member:a"), part("member:b")] },
  { id: "event:e3", startDate: null, endDate: null, synthetic: false, programmes: [], participations: [part("member:b"), part("member:c"), part("organization:o")] },
];
const ties = [{ key: "t1", organizationId: "organization:o", memberId: "member:a", role: "AGENCY", synthetic: false, uncertain: false, uncertainty: null }];
const projection = buildProjection({ version: 1, history: "h" }, actors, events, ties, []);
const all: NetworkFilter = {
  region: null,
  programme: null,
  ...periodParams(null, null),
  minWeight: 1,
  maxEdges: 100,
  includeSynthetic: false,
  includeOrganizations: false,
  foldMembers: false,
  foldRoles: null,
  sourceIds: null,
  certainOnly: false,
};

async function weights(filter: Partial<NetworkFilter>) {
  const f = { ...all, ...filter };
  const value = networkValue(projection, await countNetwork(projection, f), f);
  return Object.fromEntries(value.edges.map((e) => [`${e.source.slice(-1)}${e.target.slice(-1)}`, e.weight]));
}

describe("counting a network on the projection", () => {
  it("weights, years, dates and sources of a hand-counted graph", async () => {
    const value = networkValue(projection, await countNetwork(projection, all), all);
    expect(value.edges).toEqual([
      { source: "member:a", target: "member:b", weight: 2, firstDate: "2019-05", lastDate: "2020-01-04", weightByYear: [{ year: 2019, weight: 1 }, { year: 2020, weight: 1 }], undatedWeight: 0, sources: ["source:s1"] },
      { source: "member:b", target: "member:c", weight: 2, firstDate: "2019-05", lastDate: "2019-05", weightByYear: [{ year: 2019, weight: 1 }], undatedWeight: 1, sources: ["source:s1", "source:s2"] },
      { source: "member:a", target: "member:c", weight: 1, firstDate: "2019-05", lastDate: "2019-05", weightByYear: [{ year: 2019, weight: 1 }], undatedWeight: 0, sources: ["source:s1", "source:s2"] },
    ]);
    expect(value.nodes.map((n) => [n.id, n.degree, n.strength])).toEqual([
      ["member:b", 2, 4],
      ["member:a", 2, 3],
      ["member:c", 2, 3],
    ]);
  });

  it("the filters: a region, a period (undated events out), a programme, organizations, a fold, a source", async () => {
    expect(await weights({ region: "AP" })).toEqual({ ab: 2 });
    expect(await weights(periodParams("2020", null))).toEqual({ ab: 1 });
    expect(await weights({ programme: "SP" })).toEqual({ ab: 1, ac: 1, bc: 1 });
    expect(await weights({ includeOrganizations: true })).toEqual({ ab: 2, bc: 2, ac: 1, bo: 1, co: 1 });
    // Folded, O takes part in e3 as A: A and C now share e1 and e3.
    expect(await weights({ foldMembers: true })).toEqual({ ab: 3, ac: 2, bc: 2 });
    expect(await weights({ foldMembers: true, foldRoles: ["UNIT"] })).toEqual({ ab: 2, bc: 2, ac: 1 });
    expect(await weights({ sourceIds: ["source:s2"] })).toEqual({});
    expect(await weights({ minWeight: 2 })).toEqual({ ab: 2, bc: 2 });
  });

  it("lets the event loop in while it counts", async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...events[1]!, id: `event:x${i}` }));
    const busy = buildProjection({ version: 1, history: "h" }, actors, many, ties, []);
    const order: string[] = [];
    const counting = countNetwork(busy, all, 0).then((counted) => order.push(`counted ${counted.edges[0]?.weight}`));
    setImmediate(() => order.push("another request"));
    await counting;
    expect(order).toEqual(["another request", "counted 300"]);
  });
});

describe("members in programmes on the projection", () => {
  // e1 (SP) A, B, C; e2 (SALW) A, B; e3 (undated, SP and SALW) B, C and O, A's agency.
  const tagged = events.map((e, i) => ({ ...e, programmes: [["SP"], ["SALW"], ["SP", "SALW"]][i]! }));
  const programmes = buildProjection({ version: 1, history: "h" }, actors, tagged, ties, [
    { code: "SP", id: "programme:sp" },
    { code: "SALW", id: "programme:salw" },
  ]);
  const filter: ProgrammeFilter = { codes: ["SALW", "SP"], withEvents: true, match: "ALL", ...periodParams(null, null), foldMembers: false, foldRoles: null, includeSynthetic: false };
  const answer = (changes: Partial<ProgrammeFilter>) =>
    projectMembersInProgrammes(programmes, { ...filter, ...changes }).map((m) => [m.memberId, m.evidence.map((e) => `${e.code}:${e.eventIds.map((id) => id.slice(-2)).join("+")}`)]);

  it("ALL and ANY, by name, the evidence in the order asked", () => {
    expect(answer({})).toEqual([
      ["member:a", ["SALW:e2", "SP:e1"]],
      ["member:b", ["SALW:e2+e3", "SP:e1+e3"]],
      ["member:c", ["SALW:e3", "SP:e1+e3"]],
    ]);
    expect(answer({ codes: ["SP"], ...periodParams("2020", null) })).toEqual([]);
    expect(answer({ match: "ANY", ...periodParams("2020", null) })).toEqual([
      ["member:a", ["SALW:e2"]],
      ["member:b", ["SALW:e2"]],
    ]);
  });

  it("folded, an affiliate's events are its member's, and named", () => {
    const [a] = projectMembersInProgrammes(programmes, { ...filter, codes: ["SP"], foldMembers: true });
    expect(a!.evidence).toEqual([
      {
        code: "SP",
        programmeId: "programme:sp",
        eventIds: ["event:e1", "event:e3"],
        throughAffiliates: [{ affiliation: { organizationId: "organization:o", memberId: "member:a", role: "AGENCY", uncertain: false, uncertainty: null }, eventIds: ["event:e3"] }],
      },
    ]);
    expect(answer({ codes: ["SP"], foldMembers: true, foldRoles: ["UNIT"] })[0]).toEqual(["member:a", ["SP:e1"]]);
  });
});
