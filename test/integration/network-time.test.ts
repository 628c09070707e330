import { beforeAll, describe, expect, it } from "vitest";
import { CoParticipantsDocument, CooperationDocument, NetworkEvolutionDocument, NetworkHistoryDocument, type CooperationQuery, type CooperationQueryVariables } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { HistoryRecords } from "../support/history-records.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/**
 * Networks over time and provenance on the seed and the generated data: each
 * edge's first and last date, weight per year and sources; the network year by
 * year; two actors' cooperation; the provenance filters. Every expected answer
 * is computed a second time from the import files (test/support/history-records.ts).
 */

const WCO = "World Customs Organization";

/** A year's counts; density, a float, is compared to a precision. */
const withoutDensity = (y: { year: number; nodes: number; edges: number; newEdges: number; lostEdges: number }) => [y.year, y.nodes, y.edges, y.newEdges, y.lostEdges];

describe("networks over time and provenance (on the seed and generated data)", () => {
  const graph = usePreparedGraph();
  let rec: HistoryRecords;

  beforeAll(async () => {
    const { nodes, rels } = await graph().records();
    rec = new HistoryRecords(nodes, rels);
  });

  describe("cooperationNetwork edges carry their time and sources", () => {
    it("Asia/Pacific with generated data: dates, weight per year and sources of every edge", async () => {
      const expected = rec.network({ region: "region:ap", includeSynthetic: true, minWeight: 2 });
      expect(expected.length).toBeGreaterThan(50);
      expect(expected.length).toBeLessThan(2000);
      const res = await execute(graph().app, NetworkHistoryDocument, { region: "AP", minWeight: 2, maxEdges: 2000, includeSynthetic: true });
      expect(res.errors).toBeUndefined();
      const answer = res.data!.cooperationNetwork;
      expect(answer.totalEdges).toBe(expected.length);
      expect(answer.edges).toEqual(expected);
      // The weights per year and the undated weight add up to the weight.
      for (const e of answer.edges) expect(e.weightByYear.reduce((s, y) => s + y.weight, 0) + e.undatedWeight).toBe(e.weight);
      // Edges between generated events and seed events carry both kinds of source.
      expect(answer.edges.some((e) => e.sources.includes("source:synthetic-small-11") && e.sources.length > 1)).toBe(true);
    });

    it("the seed's whole network with organizations: partial dates, undated events, many sources", async () => {
      const expected = rec.network({ includeOrganizations: true });
      const res = await execute(graph().app, NetworkHistoryDocument, { includeOrganizations: true, maxEdges: 2000 });
      expect(res.errors).toBeUndefined();
      expect(expected.length).toBeLessThan(2000);
      expect(res.data!.cooperationNetwork.edges).toEqual(expected);
      // Japan and Indonesia: the Jakarta passenger controls workshop of October 2018.
      const jpnIdn = res.data!.cooperationNetwork.edges.find((e) => e.source === "member:idn" && e.target === "member:jpn")!;
      expect([jpnIdn.weight, jpnIdn.firstDate?.slice(0, 7), jpnIdn.lastDate?.slice(0, 7)]).toEqual([1, "2018-10", "2018-10"]);
      // Some edges rest on undated events, or on events dated to the month or the year only.
      expect(expected.some((e) => e.undatedWeight > 0 || [e.firstDate, e.lastDate].some((d) => d !== null && d.length < 10))).toBe(true);
    });

    it("a cut network keeps the same edges, each with its own history", async () => {
      const expected = rec.network({ region: "region:ap", includeSynthetic: true });
      const res = await execute(graph().app, NetworkHistoryDocument, { region: "AP", maxEdges: 25, includeSynthetic: true });
      expect(res.data!.cooperationNetwork).toEqual({ truncated: true, totalEdges: expected.length, edges: expected.slice(0, 25) });
    });

    it("a period: only the events overlapping it, each counted in its start year", async () => {
      const res = await execute(graph().app, NetworkHistoryDocument, { region: "AP", from: "2019", to: "2020", maxEdges: 2000, includeSynthetic: true, minWeight: 2 });
      const years = new Set(res.data!.cooperationNetwork.edges.flatMap((e) => e.weightByYear.map((y) => y.year)));
      expect([...years].every((y) => y >= 2018 && y <= 2020)).toBe(true);
      expect(res.data!.cooperationNetwork.edges.every((e) => e.undatedWeight === 0)).toBe(true);
    });
  });

  describe("provenance filters", () => {
    it("publishers: only participations stated by the WCO's own sources, and only those sources listed", async () => {
      const chosen = rec.sourcesOf([WCO]);
      expect(chosen.size).toBeGreaterThan(10);
      const expected = rec.network({ includeOrganizations: true, sources: chosen });
      const whole = rec.network({ includeOrganizations: true });
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(whole.length);
      const res = await execute(graph().app, NetworkHistoryDocument, { includeOrganizations: true, maxEdges: 2000, publishers: [WCO.toUpperCase()] });
      expect(res.errors).toBeUndefined();
      expect(res.data!.cooperationNetwork.edges).toEqual(expected);
      expect(res.data!.cooperationNetwork.edges.every((e) => e.sources.every((s) => chosen.has(s)))).toBe(true);
    });

    it("sources: one document's network (the Kyoto article); sources and publishers together take what either chooses", async () => {
      const kyoto = "source:wco-news-2019-06-03-kyoto";
      const expected = rec.network({ includeOrganizations: true, sources: new Set([kyoto]) });
      expect(expected.length).toBeGreaterThan(1);
      const res = await execute(graph().app, NetworkHistoryDocument, { includeOrganizations: true, maxEdges: 2000, sources: [kyoto] });
      expect(res.data!.cooperationNetwork.edges).toEqual(expected);
      expect(res.data!.cooperationNetwork.edges.every((e) => e.sources.length === 1 && e.sources[0] === kyoto)).toBe(true);

      const both = rec.network({ includeOrganizations: true, includeSynthetic: true, region: "region:ap", sources: new Set([kyoto, ...rec.sourcesOf(["coopgraph generator"])]) });
      const res2 = await execute(graph().app, NetworkHistoryDocument, {
        includeOrganizations: true,
        includeSynthetic: true,
        region: "AP",
        maxEdges: 2000,
        sources: [kyoto],
        publishers: ["coopgraph generator"],
      });
      expect(res2.data!.cooperationNetwork.edges).toEqual(both);
    });

    it("certainOnly with foldMembers: no fold through an uncertain tie", async () => {
      const folded = rec.network({ includeOrganizations: true, fold: true });
      const certain = rec.network({ includeOrganizations: true, fold: true, certainOnly: true });
      // The seed's uncertain ties (Kobe Customs, CBP...) change the folded network.
      expect(certain).not.toEqual(folded);
      for (const [certainOnly, expected] of [[false, folded], [true, certain]] as const) {
        const res = await execute(graph().app, NetworkHistoryDocument, { includeOrganizations: true, foldMembers: true, certainOnly, maxEdges: 2000 });
        expect(res.errors).toBeUndefined();
        expect(res.data!.cooperationNetwork.edges).toEqual(expected);
      }
    });

    it("coParticipants takes the same filters", async () => {
      const chosen = rec.sourcesOf([WCO]);
      const expected = rec
        .network({ includeOrganizations: true, sources: chosen })
        .filter((e) => e.source === "member:jpn" || e.target === "member:jpn")
        .map((e) => [e.source === "member:jpn" ? e.target : e.source, e.weight] as const)
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      const res = await execute(graph().app, CoParticipantsDocument, { id: "member:jpn", first: 100, publishers: [WCO] });
      expect(res.errors).toBeUndefined();
      expect(res.data!.coParticipants.map((r) => [r.partner.id, r.sharedEventCount])).toEqual(expected);
    });

    it("unknown sources and publishers are refused, naming them", async () => {
      const res = await execute(graph().app, NetworkHistoryDocument, { sources: ["source:wco-news-2019-06-03-kyoto", "source:nowhere"] });
      expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toContain('"source:nowhere"');
      expect(res.errors?.[0]?.message).not.toContain("kyoto");
      const pub = await execute(graph().app, NetworkEvolutionDocument, { publishers: [WCO, "Daily Planet"] });
      expect(pub.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      expect(pub.errors?.[0]?.message).toContain('"Daily Planet"');
      const coop = await execute(graph().app, CooperationDocument, { between: ["member:jpn", "member:idn"], sources: ["member:jpn"] });
      expect(coop.errors?.[0]?.message).toBe('sources: "member:jpn" is not a Source id (source:<slug>)');
      const empty = await execute(graph().app, CoParticipantsDocument, { id: "member:jpn", publishers: [] });
      expect(empty.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("networkEvolution", () => {
    it("Asia/Pacific with generated data, year by year: nodes, edges, density, new and lost edges", async () => {
      const expected = rec.evolution({ region: "region:ap", includeSynthetic: true });
      expect(expected.length).toBeGreaterThan(5);
      const res = await execute(graph().app, NetworkEvolutionDocument, { region: "AP", includeSynthetic: true });
      expect(res.errors).toBeUndefined();
      const years = res.data!.networkEvolution;
      expect(years.map(withoutDensity)).toEqual(expected.map(withoutDensity));
      years.forEach((y, i) => expect(y.density).toBeCloseTo(expected[i]!.density, 12));
      expect(years.some((y) => y.lostEdges > 0)).toBe(true);
    });

    it("minWeight applies to each year's weight; the seed alone, folded, with organizations", async () => {
      const heavy = await execute(graph().app, NetworkEvolutionDocument, { minWeight: 3, includeSynthetic: true });
      expect(heavy.data!.networkEvolution).toHaveLength(rec.evolution({ minWeight: 3, includeSynthetic: true }).length);
      expect(heavy.data!.networkEvolution.map((y) => y.edges)).toEqual(rec.evolution({ minWeight: 3, includeSynthetic: true }).map((y) => y.edges));
      const seed = await execute(graph().app, NetworkEvolutionDocument, { includeOrganizations: true, foldMembers: true });
      const expected = rec.evolution({ includeOrganizations: true, fold: true });
      expect(seed.data!.networkEvolution.map(withoutDensity)).toEqual(expected.map(withoutDensity));
    });

    it("an empty network has no years", async () => {
      const res = await execute(graph().app, NetworkEvolutionDocument, { minWeight: 1_000_000 });
      expect(res.data!.networkEvolution).toEqual([]);
    });
  });

  describe("cooperation: since when do Japan and Indonesia cooperate, and on what?", () => {
    const shape = (c: ReturnType<HistoryRecords["cooperation"]>) => ({
      actorIds: c.actorIds,
      weight: c.weight,
      firstDate: c.firstDate,
      lastDate: c.lastDate,
      weightByYear: c.weightByYear,
      undatedWeight: c.undatedWeight,
      sources: c.sources,
      sharedEvents: c.events.map((e) => ({ event: e.id, participations: e.participations })),
    });
    const answerShape = (c: CooperationQuery["cooperation"]) => ({
      actorIds: c.actorIds,
      weight: c.weight,
      firstDate: c.firstDate,
      lastDate: c.lastDate,
      weightByYear: c.weightByYear,
      undatedWeight: c.undatedWeight,
      sources: c.sources,
      sharedEvents: c.sharedEvents.map((e) => ({
        event: e.event.id,
        participations: e.participations.map(({ participant, ...p }) => {
          expect(participant.id).toBe(p.participantId);
          return p;
        }),
      })),
    });
    const ask = (variables: CooperationQueryVariables) => execute(graph().app, CooperationDocument, variables);

    it("on the seed: one event, the Jakarta workshop of October 2018, with both sides' roles and sources", async () => {
      const expected = rec.cooperation("member:jpn", "member:idn", {});
      expect(expected.weight).toBe(1);
      const res = await ask({ between: ["member:jpn", "member:idn"] });
      expect(res.errors).toBeUndefined();
      const c = res.data!.cooperation;
      expect(answerShape(c)).toEqual(shape(expected));
      expect(c.actors).toEqual([{ __typename: "Member", id: "member:jpn" }, { __typename: "Member", id: "member:idn" }]);
      expect(c.sharedEvents.map((e) => e.event.startDate?.slice(0, 7))).toEqual(["2018-10"]);
      expect(c.sharedEvents[0]!.participations.map((p) => p.actorId)).toEqual(["member:jpn", "member:idn"]);
      expect(c.foldedMembers).toBe(false);
    });

    it("with generated data, folded, a page of events; and the order asked is the order answered", async () => {
      const filter = { includeSynthetic: true, fold: true };
      const expected = rec.cooperation("member:idn", "member:jpn", filter);
      expect(expected.weight).toBeGreaterThan(5);
      const res = await ask({ between: ["member:idn", "member:jpn"], includeSynthetic: true, foldMembers: true, first: 5 });
      expect(res.errors).toBeUndefined();
      const expectedShape = shape(expected);
      expect(answerShape(res.data!.cooperation)).toEqual({ ...expectedShape, sharedEvents: expectedShape.sharedEvents.slice(0, 5) });
    });

    it("an organization folded stands for its member; one member's two actors share nothing", async () => {
      const gov = "organization:government-of-japan";
      const expected = rec.cooperation(gov, "member:idn", { fold: true });
      expect(expected.actorIds).toEqual(["member:jpn", "member:idn"]);
      const res = await ask({ between: [gov, "member:idn"], foldMembers: true });
      expect(answerShape(res.data!.cooperation)).toEqual(shape(expected));
      expect(res.data!.cooperation.via.map((t) => t.organization.id)).toContain(gov);
      const self = await ask({ between: [gov, "member:jpn"], foldMembers: true });
      expect(self.errors).toBeUndefined();
      expect(self.data!.cooperation.weight).toBe(0);
      expect(self.data!.cooperation.sharedEvents).toEqual([]);
    });

    it("bad input: one actor, the same twice, an unknown actor, an event", async () => {
      expect((await ask({ between: ["member:jpn"] })).errors?.[0]?.message).toBe("between must name exactly two actors; got 1");
      expect((await ask({ between: ["member:jpn", "member:jpn"] })).errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      const unknown = await ask({ between: ["member:jpn", "member:atlantis"] });
      expect([unknown.errors?.[0]?.extensions.code, unknown.errors?.[0]?.message]).toEqual(["NOT_FOUND", 'No entity has the id "member:atlantis"']);
      const event = await ask({ between: ["member:jpn", "event:2019-05-28-wco-asia-pacific-security-conference"] });
      expect(event.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    });
  });

  // The answers docs/querying.md gives on the seed, in its words (synthetic data is left out by default).
  describe("the documented answers on the seed", () => {
    const GOJ_WCO = (e: { source: string; target: string }) => e.source === "organization:government-of-japan" && e.target === "organization:wco";

    it("edges over time: the Government of Japan and the WCO, 10 events from 2016-06-07 to 2025-02-10, 12 sources", async () => {
      const res = await execute(graph().app, NetworkHistoryDocument, { includeOrganizations: true, maxEdges: 3 });
      const edge = res.data!.cooperationNetwork.edges[0]!;
      expect(GOJ_WCO(edge)).toBe(true);
      expect([edge.weight, edge.firstDate, edge.lastDate, edge.sources.length, res.data!.cooperationNetwork.totalEdges]).toEqual([10, "2016-06-07", "2025-02-10", 12, 234]);
      expect(edge.weightByYear).toEqual([2016, 2017, 2018, 2019, 2025].map((year, i) => ({ year, weight: [1, 2, 3, 3, 1][i] })));
    });

    it("provenance: the WCO's publications give 149 of the 234 edges; that edge falls to 9 events and 10 sources, without Jakarta", async () => {
      const res = await execute(graph().app, NetworkHistoryDocument, { includeOrganizations: true, maxEdges: 3, publishers: [WCO] });
      const edge = res.data!.cooperationNetwork.edges.find(GOJ_WCO)!;
      expect([res.data!.cooperationNetwork.totalEdges, edge.weight, edge.sources.length]).toEqual([149, 9, 10]);
      expect(edge.sources).not.toContain("source:customs-academy-jakarta-workshop-2018");
      expect(rec.publisherOf.get("source:customs-academy-jakarta-workshop-2018")).toBe("customs-academy.net");
    });

    it("networkEvolution: 2015 (5 actors, 10 edges) to 2025; 2018 busiest (28, 135, 127 new); 2024 listed empty", async () => {
      const years = (await execute(graph().app, NetworkEvolutionDocument, { includeOrganizations: true })).data!.networkEvolution;
      expect([years[0]!.year, years[0]!.nodes, years[0]!.edges, years.at(-1)!.year]).toEqual([2015, 5, 10, 2025]);
      const busiest = [...years].sort((a, b) => b.edges - a.edges)[0]!;
      expect([busiest.year, busiest.nodes, busiest.edges, busiest.newEdges]).toEqual([2018, 28, 135, 127]);
      expect(years.find((y) => y.year === 2024)).toEqual({ year: 2024, nodes: 0, edges: 0, density: 0, newEdges: 0, lostEdges: 1 });
    });

    it("cooperation: Japan and Indonesia since 2018-10-16 (Jakarta, PARTNER and PARTICIPANT); Japan and the WCO, two events to 2019-05-30", async () => {
      const jpnIdn = (await execute(graph().app, CooperationDocument, { between: ["member:jpn", "member:idn"] })).data!.cooperation;
      expect([jpnIdn.weight, jpnIdn.firstDate, jpnIdn.lastDate, jpnIdn.sources]).toEqual([1, "2018-10-16", "2018-10-19", ["source:customs-academy-jakarta-workshop-2018"]]);
      expect(jpnIdn.sharedEvents[0]!.participations.map((p) => [p.actorId, p.role])).toEqual([["member:jpn", "PARTNER"], ["member:idn", "PARTICIPANT"]]);
      const jpnWco = (await execute(graph().app, CooperationDocument, { between: ["member:jpn", "organization:wco"] })).data!.cooperation;
      expect([jpnWco.weight, jpnWco.firstDate, jpnWco.lastDate]).toEqual([2, "2018-10-16", "2019-05-30"]);
      expect(jpnWco.sharedEvents.map((e) => e.event.id)).toEqual(["event:2018-10-16-sub-regional-passenger-controls-workshop-jakarta", "event:2019-05-28-wco-asia-pacific-security-conference"]);
    });
  });
});
