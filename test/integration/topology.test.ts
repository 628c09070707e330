import { describe, expect, it } from "vitest";
import { AnalysisRepository, type NeighbourhoodFilter, type PathFilter } from "../../src/analysis/analysis.repository.js";
import { ProjectionRepository } from "../../src/projection/projection.repository.js";
import { TopologyRepository } from "../../src/topology/topology.repository.js";
import { TopologyService } from "../../src/topology/topology.service.js";
import { NeighbourhoodDocument, ShortestPathDocument, UpsertGraphVersionDocument, type GraphChangeInput } from "../generated/graphql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { bearer, testCredentials } from "../support/auth.js";
import { silentLogger } from "../support/db.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/**
 * The topology projection against the statements that define what it answers
 * (cypher/analysis/shortest-path.cypher and neighbourhood.cypher), and each
 * path's steps against the records the graph was imported from.
 */
describe("paths and neighbourhoods on the topology projection (seed and generated data)", () => {
  const graph = usePreparedGraph();
  const service = () => {
    const runner = graph().db.runner;
    const stamps = new ProjectionRepository(runner);
    return new TopologyService(new TopologyRepository(runner), (opts) => stamps.stamp(opts), silentLogger, { loadTimeoutMs: 60_000 });
  };

  /** Subjects of every kind: the busiest member, the WCO, Japan, an event, a programme, a person, a source, a region. */
  async function subjects(): Promise<string[]> {
    const { nodes, rels } = await graph().records();
    const taken = new Map<string, number>();
    for (const r of rels) if (r.type === "PARTICIPATED_IN") taken.set(r.from, (taken.get(r.from) ?? 0) + 1);
    const busiest = [...taken].filter(([id]) => id.startsWith("member:")).sort((a, b) => b[1] - a[1])[0]![0];
    const first = (label: string) => nodes.find((n) => n.label === label && n.props.synthetic === undefined)!.id;
    return [busiest, "organization:wco", "member:jpn", first("Event"), first("Programme"), first("Person"), first("Source"), first("Region")];
  }

  it("finds a shortest path as long as the statement's, through relationships the records hold, of the types asked", async () => {
    const topology = service();
    await topology.current();
    const statement = new AnalysisRepository(graph().db.runner);
    const { rels } = await graph().records();
    const ids = await subjects();
    const filters: [string, Partial<PathFilter>][] = [
      ["every type, synthetic data in", {}],
      ["no synthetic data", { includeSynthetic: false }],
      ["participations only", { types: ["PARTICIPATED_IN"] }],
      ["regions and participations, two hops at most", { types: ["IN_REGION", "PARTICIPATED_IN"], maxHops: 2 }],
      ["one hop", { maxHops: 1 }],
    ];
    let found = 0;
    let none = 0;
    for (const [name, changes] of filters) {
      for (const from of ids) {
        for (const to of ids) {
          if (from === to) continue;
          const filter: PathFilter = { from, to, maxHops: 4, types: null, includeSynthetic: true, ...changes };
          const label = `${name}: ${from} to ${to}`;
          const expected = await statement.shortestPath(filter);
          const actual = await topology.shortestPath(filter);
          expect(actual, label).not.toBeUndefined();
          expect(actual?.value.length ?? null, label).toBe(expected?.value.length ?? null);
          if (!actual) {
            none += 1;
            continue;
          }
          found += 1;
          const { nodeIds, steps } = actual.value;
          expect([nodeIds[0], nodeIds.at(-1), nodeIds.length - 1], label).toEqual([from, to, steps.length]);
          steps.forEach((step, k) => {
            expect([step.from, step.to].sort(), label).toEqual([nodeIds[k], nodeIds[k + 1]].sort());
            if (filter.types) expect(filter.types, label).toContain(step.type);
            const record = rels.find((r) => r.type === step.type && r.from === step.from && r.to === step.to && (r.props.role ?? null) === step.role);
            expect(record, `${label}: step ${k}`).toBeDefined();
            if (!filter.includeSynthetic) expect(record!.props.synthetic, label).toBeUndefined();
          });
        }
      }
    }
    expect(found).toBeGreaterThan(80);
    expect(none).toBeGreaterThan(5);
  });

  it("gives the neighbourhood the statement gives, at every depth, limit and filter", async () => {
    const topology = service();
    await topology.current();
    const statement = new AnalysisRepository(graph().db.runner);
    const ids = [...(await subjects()), "member:no-such-member"];
    const filters: [string, Partial<NeighbourhoodFilter>][] = [
      ["depth 1", { depth: 1 }],
      ["depth 2, 25 a level", {}],
      ["depth 3, 10 a level", { depth: 3, limit: 10 }],
      ["depth 2, no synthetic data", { includeSynthetic: false }],
      ["depth 3, participations and regions", { depth: 3, types: ["PARTICIPATED_IN", "IN_REGION"] }],
    ];
    let relationships = 0;
    for (const [name, changes] of filters) {
      for (const id of ids) {
        const filter: NeighbourhoodFilter = { id, depth: 2, limit: 25, types: null, includeSynthetic: true, ...changes };
        const expected = await statement.neighbourhood(filter);
        const actual = await topology.neighbourhood(filter);
        expect(actual?.value ?? null, `${name}: ${id}`).toEqual(expected?.value ?? null);
        relationships += expected?.value.relationships.length ?? 0;
      }
    }
    expect(relationships).toBeGreaterThan(500);
  });

  it("answers with the statements (undefined) until the topology of the graph's version is built", async () => {
    const topology = service();
    const filter: NeighbourhoodFilter = { id: "member:jpn", depth: 1, limit: 5, types: null, includeSynthetic: false };
    expect(await topology.neighbourhood(filter)).toBeUndefined();
    await topology.current();
    expect((await topology.neighbourhood(filter))?.value.nodes[0]).toEqual({ id: "member:jpn", level: 0 });
  });
});

describe("the topology projection follows the graph version", () => {
  const creds = testCredentials("open");
  const editor = bearer(creds.keys.editor);
  const src = { id: "source:topology-test", title: "Topology test notes", publisher: "coopgraph tests" };

  it("a write through the API shows in the next path and neighbourhood, walked on the old topology or not", async () => {
    let started: TestApp | undefined;
    try {
      started = await startTestApp({ seed: true, auth: creds.settings });
      const { app } = started;
      const path = async () => (await execute(app, ShortestPathDocument, { from: "member:jpn", to: "person:yamamoto", maxHops: 6 })).data!.shortestPath!;
      const around = async () => (await execute(app, NeighbourhoodDocument, { id: "person:yamamoto", depth: 1, limitPerLevel: 100 })).data!.neighbourhood.nodes.map((n) => n.entityId);
      // Built, and walked: Yamamoto spoke at the Kyoto conference, which Japan hosted.
      expect((await path()).length).toBe(2);
      expect(await around()).not.toContain("member:jpn");
      const change: GraphChangeInput = {
        sources: [src],
        relationships: [{ type: "HOLDS_OFFICE", from: "person:yamamoto", to: "member:jpn", properties: { title: "Topology test office" }, sources: [src.id] }],
      };
      expect((await execute(app, UpsertGraphVersionDocument, { input: change }, editor)).errors).toBeUndefined();
      // The topology built before the write says two hops and no Japan around Yamamoto: neither answer may come from it.
      const after = await path();
      expect(after.length).toBe(1);
      expect(after.steps[0]).toMatchObject({ type: "HOLDS_OFFICE", from: "person:yamamoto", to: "member:jpn", sources: [src.id] });
      expect(await around()).toContain("member:jpn");
    } finally {
      await started?.close();
    }
  });
});
