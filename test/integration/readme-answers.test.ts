import { describe, expect, it } from "vitest";
import {
  CoParticipantsDocument,
  CooperationNetworkDocument,
  MembersInProgrammesDocument,
  ShortestPathDocument,
  TimelineDocument,
} from "../generated/graphql.js";
import { readImportFile } from "../../src/import/import.reader.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import { useTestApp } from "../support/app.js";
import { execute } from "../support/graphql.js";

// The answers README.md and docs/querying.md promise on the seed. The expected
// values are the documentation's words, not the API's output: when the seed or
// the API changes an answer, this fails and the documentation is fixed with it.
/** The entities the seed files relate to both a and b, in either direction, by any relationship. */
async function tiedToBoth(a: string, b: string): Promise<string[]> {
  const near = new Map<string, Set<string>>([[a, new Set()], [b, new Set()]]);
  for (const path of seedFiles()) {
    for (const r of (await readImportFile(path)).rels) {
      near.get(r.from)?.add(r.to);
      near.get(r.to)?.add(r.from);
    }
  }
  return [...near.get(a)!].filter((id) => near.get(b)!.has(id)).sort();
}

describe("the documented answers on the seed", () => {
  const app = useTestApp({ seed: true });
  const KYOTO = "event:2019-05-28-wco-asia-pacific-security-conference";
  const JAKARTA = "event:2018-10-16-sub-regional-passenger-controls-workshop-jakarta";

  it("the headline question: Japan, through the Kyoto conference", async () => {
    const res = await execute(app(), MembersInProgrammesDocument, { programmes: ["PGS", "SALW"], match: "ALL" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.membersInProgrammes.map((m) => [m.member.id, m.member.administrationName])).toEqual([["member:jpn", "Japan Customs"]]);
    for (const p of res.data!.membersInProgrammes[0]!.programmes) expect(p.events.map((e) => e.id)).toEqual([KYOTO]);
  });

  it("Japan shared two events with the WCO and the Government of Japan, one (Jakarta) with nine administrations", async () => {
    const res = await execute(app(), CoParticipantsDocument, { id: "member:jpn", first: 50 });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.coParticipants;
    const twice = rows.filter((r) => r.sharedEventCount === 2).map((r) => r.partner.id).sort();
    expect(twice).toEqual(["organization:government-of-japan", "organization:wco"]);
    for (const r of rows.filter((x) => x.sharedEventCount === 2)) expect(r.sharedEvents.map((e) => e.id).sort()).toEqual([JAKARTA, KYOTO].sort());
    const jakartaMembers = rows.filter((r) => r.partner.__typename === "Member" && r.sharedEvents.some((e) => e.id === JAKARTA));
    expect(jakartaMembers).toHaveLength(9);
    for (const r of jakartaMembers) expect(r.sharedEventCount).toBe(1);
  });

  it("Nigeria reaches Motoya Nakae in 4 steps, through the Brussels (December 2019) and Kyoto conferences", async () => {
    const res = await execute(app(), ShortestPathDocument, { from: "member:nga", to: "person:motoya-nakae", maxHops: 4 });
    expect(res.errors).toBeUndefined();
    const path = res.data!.shortestPath!;
    expect(path.length).toBe(4);
    const ids = path.nodes.map((n) => n.id);
    expect([ids[0], ids[1], ids[3], ids[4]]).toEqual(["member:nga", "event:2019-12-11-wco-security-conference-african-perspective", KYOTO, "person:motoya-nakae"]);
    // Several shortest paths: the middle step is any entity the seed ties to both conferences.
    expect(await tiedToBoth(ids[1]!, ids[3]!)).toContain(ids[2]);
  });

  it("the Asia/Pacific passenger-controls network: 10 administrations, 45 edges of weight 1", async () => {
    const res = await execute(app(), CooperationNetworkDocument, { region: "AP", programme: "PAX", minWeight: 1, maxEdges: 500 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.cooperationNetwork.nodes).toHaveLength(10);
    expect(res.data!.cooperationNetwork.edges).toHaveLength(45);
    expect(new Set(res.data!.cooperationNetwork.edges.map((e) => e.weight))).toEqual(new Set([1]));
  });

  it("Dr Mikuriya's 2018–2019: 13 entries, from the CTC briefing to the Brussels keynote", async () => {
    const res = await execute(app(), TimelineDocument, { id: "person:kunio-mikuriya", from: "2018", to: "2019" });
    expect(res.errors).toBeUndefined();
    const entries = res.data!.timeline;
    expect(entries).toHaveLength(13);
    expect([entries[0]!.date, entries[0]!.role]).toEqual(["2018-02-22", "PRESENTED"]);
    expect([entries.at(-1)!.date, entries.at(-1)!.role]).toEqual(["2019-12-11", "KEYNOTE"]);
  });
});
