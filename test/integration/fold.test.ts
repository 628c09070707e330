import { beforeAll, describe, expect, it } from "vitest";
import { readImportFile } from "../../src/import/import.reader.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import {
  CoParticipantsDocument,
  CooperationNetworkDocument,
  FoldedCoParticipantsDocument,
  FoldedMembersInProgrammesDocument,
  FoldedNetworkDocument,
  MembersInProgrammesDocument,
  type FoldedCoParticipantsQueryVariables,
} from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { coParticipants, membersIn, network, Records, tieOut } from "../support/fold-records.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/**
 * foldMembers: an organization AFFILIATED_WITH a member counts as the member in
 * coParticipants, cooperationNetwork and membersInProgrammes. Every expected
 * answer is computed a second time (test/support/fold-records.ts) from the
 * import files, folded and not.
 */

const JPN = "member:jpn";
const GOJ = "organization:government-of-japan";

describe("foldMembers: a member's affiliates counted as the member", () => {
  const graph = usePreparedGraph();
  let seed: Records;

  beforeAll(async () => {
    const parsed = await Promise.all(seedFiles().map((f) => readImportFile(f)));
    seed = new Records(
      parsed.flatMap((p) => p.nodes),
      parsed.flatMap((p) => p.rels),
    );
  });

  describe("coParticipants", () => {
    const ask = (variables: FoldedCoParticipantsQueryVariables) => execute(graph().app, FoldedCoParticipantsDocument, { first: 100, eventsPerPartner: 50, ...variables });

    it("Japan folded: the Government of Japan's events are Japan's, and it is no partner; each row names the ties it used", async () => {
      const expected = coParticipants(seed, JPN, true);
      const res = await ask({ id: JPN, foldMembers: true });
      expect(res.errors).toBeUndefined();
      const rows = res.data!.coParticipants;
      expect(rows.map((r) => [r.partner.id, r.sharedEventCount])).toEqual(expected.map((r) => [r.partner, r.count]));
      expect(rows.map((r) => r.via)).toEqual(expected.map((r) => r.via));
      expect(rows.every((r) => r.foldedMembers)).toBe(true);
      expect(rows.map((r) => r.partner.id)).not.toContain(GOJ);
      // On the seed: 18 partners instead of 12, and the WCO's 2 shared events (Kyoto, Jakarta) become 10 with the
      // Government of Japan's; Thailand and the United States meet Japan through their governments and agencies.
      expect(rows).toHaveLength(18);
      expect(coParticipants(seed, JPN, false)).toHaveLength(12);
      const wco = rows.find((r) => r.partner.id === "organization:wco")!;
      expect([wco.sharedEventCount, wco.via.map((t) => t.organization.id)]).toEqual([10, [GOJ]]);
      // One statement for the answer (partners, the actor asked about and the affiliates come along), one for the events.
      expect(res.statements).toBeLessThanOrEqual(2);
    });

    it("unfolded (the default) is today's answer: the Government of Japan is a partner, no row used a tie", async () => {
      const expected = coParticipants(seed, JPN, false);
      const byDefault = await execute(graph().app, CoParticipantsDocument, { id: JPN, first: 100 });
      expect(byDefault.data!.coParticipants.map((r) => [r.partner.id, r.sharedEventCount])).toEqual(expected.map((r) => [r.partner, r.count]));
      expect(expected.map((r) => r.partner)).toContain(GOJ);
      const off = await ask({ id: JPN, foldMembers: false });
      expect(off.data!.coParticipants.every((r) => !r.foldedMembers && r.via.length === 0)).toBe(true);
    });

    it("asked of an affiliate, the fold answers for its member", async () => {
      const ofGovernment = await ask({ id: GOJ, foldMembers: true });
      const ofJapan = await ask({ id: JPN, foldMembers: true });
      expect(ofGovernment.data!.coParticipants).toEqual(ofJapan.data!.coParticipants);
    });

    it("foldRoles folds only those roles: with UNIT only, the Government of Japan stays a partner", async () => {
      const expected = coParticipants(seed, JPN, true, ["UNIT"]);
      const res = await ask({ id: JPN, foldMembers: true, foldRoles: ["UNIT"] });
      expect(res.data!.coParticipants.map((r) => [r.partner.id, r.sharedEventCount])).toEqual(expected.map((r) => [r.partner, r.count]));
      expect(expected.map((r) => r.partner)).toContain(GOJ);
    });

    it("foldRoles without foldMembers, or empty, is BAD_USER_INPUT naming it", async () => {
      const refused: FoldedCoParticipantsQueryVariables[] = [
        { id: JPN, foldRoles: ["UNIT"] },
        { id: JPN, foldMembers: true, foldRoles: [] },
      ];
      for (const variables of refused) {
        const res = await ask(variables);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "foldRoles" });
      }
    });

    it("with generated data, folded, matches the records of every file", async () => {
      const { nodes, rels } = await graph().records();
      const all = new Records(nodes, rels);
      const expected = coParticipants(all, JPN, true).slice(0, 100);
      expect(expected.filter((r) => r.via.length > 0).length).toBeGreaterThan(50);
      const res = await ask({ id: JPN, foldMembers: true, includeSynthetic: true });
      expect(res.data!.coParticipants.map((r) => [r.partner.id, r.sharedEventCount])).toEqual(expected.map((r) => [r.partner, r.count]));
      expect(res.data!.coParticipants.map((r) => r.via)).toEqual(expected.map((r) => r.via));
    });
  });

  describe("cooperationNetwork", () => {
    it("the Asia/Pacific network folded: affiliates' events join their members' edges, and each node names its affiliates", async () => {
      const expected = network(seed, "region:ap", true);
      const res = await execute(graph().app, FoldedNetworkDocument, { region: "AP", foldMembers: true, maxEdges: 2000 });
      expect(res.errors).toBeUndefined();
      const answer = res.data!.cooperationNetwork;
      expect(answer.foldedMembers).toBe(true);
      expect(answer.edges).toEqual(expected.edges);
      for (const n of answer.nodes) expect(n.via, n.entityId).toEqual(expected.via(n.entityId));
      expect(answer.nodes.find((n) => n.entityId === JPN)?.via.map((t) => t.organization.id)).toEqual([GOJ]);
      // On the seed: Japan and Thailand met twice, at Jakarta and, through their governments, at the 2017 launch of the
      // Asia/Pacific Security Project (once unfolded).
      expect(answer.edges[0]).toEqual({ source: JPN, target: "member:tha", weight: 2 });
      expect(network(seed, "region:ap", false).edges).toContainEqual({ source: JPN, target: "member:tha", weight: 1 });
    });

    it("unfolded (the default) is today's network", async () => {
      const expected = network(seed, "region:ap", false);
      const res = await execute(graph().app, CooperationNetworkDocument, { region: "AP", maxEdges: 2000 });
      expect(res.data!.cooperationNetwork.edges).toEqual(expected.edges);
      const off = await execute(graph().app, FoldedNetworkDocument, { region: "AP", maxEdges: 2000 });
      expect(off.data!.cooperationNetwork.foldedMembers).toBe(false);
      expect(off.data!.cooperationNetwork.nodes.every((n) => n.via.length === 0)).toBe(true);
    });

    it("with organizations, folded, no affiliate is a node of its own", async () => {
      const res = await execute(graph().app, FoldedNetworkDocument, { includeOrganizations: true, foldMembers: true, maxEdges: 2000 });
      const ids = new Set(res.data!.cooperationNetwork.nodes.map((n) => n.entityId));
      expect([...seed.ties.keys()].filter((o) => ids.has(o))).toEqual([]);
      const unfolded = await execute(graph().app, FoldedNetworkDocument, { includeOrganizations: true, maxEdges: 2000 });
      expect(unfolded.data!.cooperationNetwork.nodes.map((n) => n.entityId)).toContain(GOJ);
    });
  });

  describe("membersInProgrammes", () => {
    it("PGS folded: members that took part only through an affiliate answer, with the affiliate and its events", async () => {
      const folded = membersIn(seed, "PGS", true);
      const unfolded = membersIn(seed, "PGS", false);
      const onlyThrough = [...folded.keys()].filter((m) => !unfolded.has(m)).sort();
      // On the seed: the European Union (its institutions) and the United States (DTRA, the Department of State), at the PGS global conferences.
      expect(onlyThrough).toEqual(["member:european-union", "member:usa"]);

      const res = await execute(graph().app, FoldedMembersInProgrammesDocument, { programmes: ["PGS"], foldMembers: true });
      expect(res.errors).toBeUndefined();
      const rows = res.data!.membersInProgrammes;
      expect(rows.map((r) => r.member.id).sort()).toEqual([...folded.keys()].sort());
      expect(rows.every((r) => r.foldedMembers)).toBe(true);
      for (const r of rows) {
        const want = folded.get(r.member.id)!;
        const [evidence] = r.programmes;
        expect(evidence!.events.map((e) => e.id).sort(), r.member.id).toEqual([...want.events].sort());
        const through = [...want.through.values()].sort((x, y) => x.tie.organization.localeCompare(y.tie.organization));
        expect(
          evidence!.throughAffiliates.map((t) => ({ affiliation: t.affiliation, events: t.events.map((e) => e.id).sort() })),
          r.member.id,
        ).toEqual(through.map((t) => ({ affiliation: tieOut(t.tie), events: [...t.events].sort() })));
      }
      for (const m of onlyThrough) expect(rows.find((r) => r.member.id === m)!.programmes[0]!.throughAffiliates.length).toBeGreaterThan(0);
    });

    it("unfolded (the default) is today's answer, and the headline question keeps its answer folded", async () => {
      const unfolded = membersIn(seed, "PGS", false);
      const byDefault = await execute(graph().app, MembersInProgrammesDocument, { programmes: ["PGS"] });
      expect(byDefault.data!.membersInProgrammes.map((r) => r.member.id).sort()).toEqual([...unfolded.keys()].sort());
      const off = await execute(graph().app, FoldedMembersInProgrammesDocument, { programmes: ["PGS"] });
      expect(off.data!.membersInProgrammes.every((r) => !r.foldedMembers && r.programmes.every((p) => p.throughAffiliates.length === 0))).toBe(true);
      const both = (fold: boolean) => [...membersIn(seed, "PGS", fold).keys()].filter((m) => membersIn(seed, "SALW", fold).has(m)).sort();
      const headline = await execute(graph().app, FoldedMembersInProgrammesDocument, { programmes: ["PGS", "SALW"], foldMembers: true });
      expect(headline.data!.membersInProgrammes.map((r) => r.member.id).sort()).toEqual(both(true));
      expect(both(false)).toEqual([JPN]);
    });
  });
});
