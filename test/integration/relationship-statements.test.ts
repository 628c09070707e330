import { describe, expect, it } from "vitest";
import { CoParticipantsDocument, NeighbourhoodDocument, NestedDepthDocument, ShortestPathDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/** How many Cypher statements an answer takes, whatever its size (on the seed and generated data). */
describe("statements per request: nested fields and the analyses", () => {
  // The d+1 statements test asks for full dashboard pages four levels down (an estimated
  // cost of about 850,000, over the default 50,000); the cost limit itself is tested in limits.test.ts.
  const graph = usePreparedGraph({ limits: { cost: 1_000_000 } });

  it("a nested query of depth d sends at most d+1 statements, however many rows it returns", async () => {
    // members -> participations -> appearances -> offices: depth 4.
    const res = await execute(graph().app, NestedDepthDocument, { region: "AP", synthetic: true });
    expect(res.errors).toBeUndefined();
    const members = res.data!.members.edges;
    const participations = members.flatMap((m) => m.node.participations.edges);
    expect(members.length).toBe(35);
    expect(participations.length).toBeGreaterThan(200);
    expect(res.statements).toBeLessThanOrEqual(5);
    expect(res.statements).toBeGreaterThanOrEqual(4);
  });

  it("answers the relationship queries in one statement each when the answer names its entities", async () => {
    const app = graph().app;
    const co = await execute(app, CoParticipantsDocument, { id: "member:jpn", first: 5 });
    expect(co.data!.coParticipants.length).toBeGreaterThan(0);
    const first = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "programme:pgs" });
    expect(first.data!.shortestPath).not.toBeNull();
    // The first walk may read the graph version's stamp before it (the topology projection is built then, uncounted).
    expect(first.statements).toBeLessThanOrEqual(2);
    const path = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "programme:pgs" });
    const around = await execute(app, NeighbourhoodDocument, { id: "member:jpn" });
    expect(around.data!.neighbourhood.nodes.length).toBeGreaterThan(1);
    // Walked on the topology projection (src/topology), then one statement for the relationships shown, their
    // entities (each answer resolves the type of every entity it returns: no by-ids batch) and the stamp.
    for (const res of [path, around]) expect(res.statements).toBe(1);
    // Counted on the cooperation projection: the stamp, then one batch for each partner's shared events.
    expect(co.statements).toBe(2);
  });
});
