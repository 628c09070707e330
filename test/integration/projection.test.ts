import { describe, expect, it } from "vitest";
import { EntityRepository } from "../../src/entity/entity.repository.js";
import { AnalysisRepository, type CoParticipantFilter, type NetworkFilter, type ProgrammeFilter } from "../../src/analysis/analysis.repository.js";
import { periodParams } from "../../src/graphql/period.js";
import { ProjectionRepository } from "../../src/projection/projection.repository.js";
import { ProjectionService } from "../../src/projection/projection.service.js";
import { seedIfEmpty } from "../../src/seed/seed.loader.js";
import { CooperationNetworkDocument, UpsertGraphVersionDocument, type GraphChangeInput, type RelationshipInput } from "../generated/graphql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { bearer, testCredentials } from "../support/auth.js";
import { resetGraph, silentLogger } from "../support/db.js";
import { execute } from "../support/graphql.js";
import { WHOLE_NETWORK } from "../support/network-filter.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

const base = WHOLE_NETWORK;

describe("the cooperation projection (seed and generated data)", () => {
  const graph = usePreparedGraph();
  const service = () => new ProjectionService(new ProjectionRepository(graph().db.runner), silentLogger, { loadTimeoutMs: 60_000, cachedNetworks: 4 });

  it("counts every filter's network, and its evolution, as cypher/analysis/cooperation-network.cypher and network-evolution.cypher do", async () => {
    const statement = new AnalysisRepository(graph().db.runner);
    const projection = service();
    const { nodes, rels } = await graph().records();
    const seedSource = nodes.find((n) => n.label === "Source" && n.props.publisher !== "coopgraph generator")!.id;
    const syntheticSource = nodes.find((n) => n.label === "Source" && n.props.publisher === "coopgraph generator")!.id;
    expect(rels.some((r) => r.type === "AFFILIATED_WITH")).toBe(true);
    const filters: [string, Partial<NetworkFilter>][] = [
      ["everything", {}],
      ["no synthetic data", { includeSynthetic: false }],
      ["region AP, at least 2", { region: "AP", minWeight: 2 }],
      ["programme SP (sub-programmes counted), 2016 to 2020", { programme: "SP", ...periodParams("2016", "2020") }],
      ["programme PGS, a period starting mid-month", { programme: "PGS", ...periodParams("2019-05-15", null) }],
      ["organizations in", { includeOrganizations: true, includeSynthetic: false }],
      ["folded", { foldMembers: true, includeSynthetic: false }],
      ["folded with organizations, UNIT ties only", { foldMembers: true, foldRoles: ["UNIT"], includeOrganizations: true }],
      ["one seed source", { sourceIds: [seedSource] }],
      ["the synthetic source and a seed one, certain only, folded", { sourceIds: [syntheticSource, seedSource], certainOnly: true, foldMembers: true }],
      ["cut to 25 edges", { maxEdges: 25 }],
    ];
    for (const [name, changes] of filters) {
      const filter = { ...base, ...changes };
      const expected = await statement.cooperationNetwork(filter);
      const actual = await projection.network(filter);
      expect(actual, name).toEqual(expected);
      if (name === "everything") expect(expected.totalEdges, name).toBeGreaterThan(1_000);
      const years = await statement.networkEvolution(filter);
      expect(await projection.networkEvolution(filter), `${name}, year by year`).toEqual(years);
      if (name === "everything") expect(years.length, name).toBeGreaterThan(10);
    }
  });

  it("ranks co-participants as cypher/analysis/co-participants.cypher does, folded or not, for members and organizations", async () => {
    const statement = new AnalysisRepository(graph().db.runner);
    const projection = service();
    const { nodes, rels } = await graph().records();
    const seedSource = nodes.find((n) => n.label === "Source" && n.props.publisher !== "coopgraph generator")!.id;
    const otherSeedSources = nodes.filter((n) => n.label === "Source" && n.props.publisher !== "coopgraph generator" && n.id !== seedSource).map((n) => n.id);
    const taken = new Map<string, number>();
    for (const r of rels) if (r.type === "PARTICIPATED_IN") taken.set(r.from, (taken.get(r.from) ?? 0) + 1);
    const busiest = [...taken].filter(([id]) => id.startsWith("member:")).sort((a, b) => b[1] - a[1])[0]![0];
    const tie = rels.find((r) => r.type === "AFFILIATED_WITH" && taken.has(r.from))!;
    const ids = [busiest, "organization:wco", tie.from, tie.to, "member:jpn"];
    const defaults: CoParticipantFilter = { id: "", first: 10, eventsPerPartner: 5, programme: null, ...periodParams(null, null), foldMembers: false, foldRoles: null, sourceIds: null, certainOnly: false, includeSynthetic: true };
    const filters: [string, Partial<CoParticipantFilter>][] = [
      ["default", {}],
      ["every partner, every event, no synthetic data", { first: 500, eventsPerPartner: 500, includeSynthetic: false }],
      ["folded", { foldMembers: true, first: 500 }],
      ["folded, certain only, AGENCY and UNIT ties", { foldMembers: true, certainOnly: true, foldRoles: ["AGENCY", "UNIT"] }],
      ["programme SP, 2017 to 2021", { programme: "SP", ...periodParams("2017", "2021"), first: 50 }],
      ["one seed source", { sourceIds: [seedSource] }],
      ["certain only, every partner", { certainOnly: true, first: 500 }],
      ["one seed source, every partner", { sourceIds: [seedSource], first: 500 }],
      ["no synthetic data, certain only, the other seed sources", { includeSynthetic: false, certainOnly: true, sourceIds: otherSeedSources, first: 500 }],
    ];
    const entities = new EntityRepository(graph().db.runner);
    let compared = 0;
    let withEntities = 0;
    for (const id of ids) {
      for (const [name, changes] of filters) {
        const filter = { ...defaults, id, ...changes };
        const expected = (await statement.coParticipants(filter)).value;
        const answer = await projection.coParticipants(filter);
        expect(answer.value, `${id}, ${name}`).toEqual(expected);
        // The actors it names come with their entities, as entity/by-ids reads them.
        const named = new Set([id, ...expected.flatMap((c) => [c.partnerId, ...c.via.flatMap((t) => [t.organizationId, t.memberId])])]);
        expect(byId(answer.entities), `${id}, ${name}: entities`).toEqual(byId(await entities.byIds([...named])));
        compared += expected.length;
        withEntities += answer.entities.length;
      }
    }
    expect(compared).toBeGreaterThan(200);
    expect(withEntities).toBeGreaterThan(200);
  });
});

describe("members in programmes on the cooperation projection (seed and generated data)", () => {
  const graph = usePreparedGraph();

  it("answers as cypher/analysis/members-in-programmes.cypher does, for ALL and ANY, folded or not, over periods", async () => {
    const statement = new AnalysisRepository(graph().db.runner);
    const projection = new ProjectionService(new ProjectionRepository(graph().db.runner), silentLogger, { loadTimeoutMs: 60_000, cachedNetworks: 4 });
    const defaults: ProgrammeFilter = { codes: ["PGS", "SALW"], withEvents: true, match: "ALL", ...periodParams(null, null), foldMembers: false, foldRoles: null, includeSynthetic: true };
    const filters: [string, Partial<ProgrammeFilter>][] = [
      ["PGS and SALW", {}],
      ["PGS and SALW, no synthetic data", { includeSynthetic: false }],
      ["PGS and SALW, without event ids", { withEvents: false }],
      ["PGS and SALW, no synthetic data, without event ids", { includeSynthetic: false, withEvents: false }],
      ["SP (sub-programmes counted) or STCE, without event ids", { codes: ["SP", "STCE"], match: "ANY", withEvents: false }],
      ["SP (sub-programmes counted) or STCE", { codes: ["SP", "STCE"], match: "ANY" }],
      ["SALW, PGS and SP, 2015 to 2019", { codes: ["SALW", "PGS", "SP"], ...periodParams("2015", "2019") }],
      ["PGS, a period starting mid-month", { codes: ["PGS"], ...periodParams("2019-05-15", null) }],
      ["PGS and SALW, folded", { foldMembers: true }],
      ["PGS or SALW, folded, UNIT ties only, no synthetic data", { foldMembers: true, foldRoles: ["UNIT"], match: "ANY", includeSynthetic: false }],
      ["a code no programme has, and PGS", { codes: ["NO-SUCH-CODE", "PGS"], match: "ANY" }],
    ];
    let members = 0;
    let throughAffiliates = 0;
    for (const [name, changes] of filters) {
      const filter = { ...defaults, ...changes };
      const expected = (await statement.membersInProgrammes(filter)).value;
      const answer = await projection.membersInProgrammes(filter);
      expect(answer.value, name).toEqual(expected);
      expect(byId(answer.entities), `${name}: entities`).toEqual(byId(await new EntityRepository(graph().db.runner).byIds(expected.map((m) => m.memberId))));
      members += expected.length;
      throughAffiliates += expected.flatMap((m) => m.evidence.flatMap((e) => e.throughAffiliates)).length;
    }
    expect(members).toBeGreaterThan(100);
    expect(throughAffiliates).toBeGreaterThan(0);
  });
});

describe("the cooperation projection follows the graph version", () => {
  const creds = testCredentials("open");
  const editor = bearer(creds.keys.editor);
  const src = { id: "source:projection-test", title: "Projection test notes", publisher: "coopgraph tests" };
  /** A new event that two members took part in. */
  const change = (slug: string, a: string, b: string): GraphChangeInput => ({
    sources: [src],
    entities: [{ id: `event:${slug}`, properties: { title: `Projection test ${slug}`, kind: "workshop", startDate: "2031-02-03" }, sources: [src.id] }],
    relationships: [
      { type: "PARTICIPATED_IN", from: a, to: `event:${slug}`, properties: { role: "PARTICIPANT" }, sources: [src.id] },
      { type: "PARTICIPATED_IN", from: b, to: `event:${slug}`, properties: { role: "PARTICIPANT" }, sources: [src.id] },
    ],
  });

  it("leaves out the participations a filter excludes (uncertain, synthetic, stated by another source only) as the statements do", async () => {
    let started: TestApp | undefined;
    try {
      started = await startTestApp({ seed: true, auth: creds.settings });
      const other = { id: "source:projection-test-other", title: "Projection test, a second account", publisher: "coopgraph tests" };
      const took = (from: string, properties: Record<string, unknown>, sources: string[]): RelationshipInput => ({ type: "PARTICIPATED_IN", from, to: "event:projection-filters", properties: { role: "PARTICIPANT", ...properties }, sources });
      // The generated data has none of these: every participation there is certain, and an event's participations share their sources and their synthetic mark.
      const input: GraphChangeInput = {
        sources: [src, other],
        entities: [{ id: "event:projection-filters", properties: { title: "Projection test, filtered participations", kind: "workshop", startDate: "2024-03-04" }, sources: [src.id] }],
        relationships: [
          took("member:jpn", {}, [src.id]),
          took("member:bra", { uncertain: true, uncertainty: "a delegate is named, the administration is not" }, [src.id]),
          took("member:nga", { synthetic: true }, [src.id]),
          took("member:fra", {}, [other.id]),
          took("organization:wco", {}, [src.id, other.id]),
        ],
      };
      const res = await execute(started.app, UpsertGraphVersionDocument, { input }, editor);
      expect(res.errors).toBeUndefined();

      const statement = new AnalysisRepository(started.db.runner);
      const projection = new ProjectionService(new ProjectionRepository(started.db.runner), silentLogger, { loadTimeoutMs: 60_000, cachedNetworks: 4 });
      const defaults: CoParticipantFilter = { id: "", first: 500, eventsPerPartner: 500, programme: null, ...periodParams("2024", "2024"), foldMembers: false, foldRoles: null, sourceIds: null, certainOnly: false, includeSynthetic: true };
      const filters: [string, Partial<CoParticipantFilter>][] = [
        ["every participation", {}],
        ["certain only", { certainOnly: true }],
        ["no synthetic data", { includeSynthetic: false }],
        ["the first source", { sourceIds: [src.id] }],
        ["the second source, folded", { sourceIds: [other.id], foldMembers: true }],
      ];
      /** member:jpn's partners under each filter. */
      const partners = new Map<string, string[]>();
      for (const id of ["member:jpn", "member:bra", "member:nga", "member:fra", "organization:wco"]) {
        for (const [name, changes] of filters) {
          const filter = { ...defaults, id, ...changes };
          const expected = (await statement.coParticipants(filter)).value;
          expect((await projection.coParticipants(filter)).value, `${id}, ${name}`).toEqual(expected);
          if (id === "member:jpn") partners.set(name, expected.map((p) => p.partnerId));
        }
        for (const [name, changes] of filters) {
          const filter: NetworkFilter = { ...base, ...periodParams("2024", "2024"), includeOrganizations: true, ...changes };
          expect(await projection.network(filter), `network, ${name}`).toEqual(await statement.cooperationNetwork(filter));
        }
      }
      // Each filter leaves out its own participant, so the comparisons above saw every rule at work.
      expect(partners.get("every participation")).toEqual(expect.arrayContaining(["member:bra", "member:fra", "member:nga", "organization:wco"]));
      expect(partners.get("certain only")).not.toContain("member:bra");
      expect(partners.get("no synthetic data")).not.toContain("member:nga");
      expect(partners.get("the first source")).not.toContain("member:fra");
    } finally {
      await started?.close();
    }
  });

  it("a write through the API shows at once; after the graph is emptied and loaded again, the same version number is not mistaken for the old graph", async () => {
    let started: TestApp | undefined;
    try {
      started = await startTestApp({ seed: true, auth: creds.settings });
      const { app, db } = started;
      const edge = async (a: string, b: string) => {
        const res = await execute(app, CooperationNetworkDocument, { maxEdges: 2000 });
        expect(res.errors).toBeUndefined();
        const [source, target] = [a, b].sort();
        return res.data!.cooperationNetwork.edges.find((e) => e.source === source && e.target === target)?.weight ?? 0;
      };
      const upsert = async (input: GraphChangeInput) => {
        const res = await execute(app, UpsertGraphVersionDocument, { input }, editor);
        expect(res.errors).toBeUndefined();
        return res.data!.upsertGraph.graphVersion!;
      };
      const before = await edge("member:jpn", "member:nga");
      const version = await upsert(change("projection-one", "member:jpn", "member:nga"));
      expect(await edge("member:jpn", "member:nga")).toBe(before + 1);

      await resetGraph(db.runner);
      await seedIfEmpty(db.runner, silentLogger);
      // The same number of writes again, another pair: version `version` names a different graph now.
      expect(await upsert(change("projection-two", "member:jpn", "member:bra"))).toBe(version);
      expect(await edge("member:jpn", "member:nga")).toBe(before);
      expect(await edge("member:jpn", "member:bra")).toBeGreaterThan(0);
    } finally {
      await started?.close();
    }
  });
});

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
