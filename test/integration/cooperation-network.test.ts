import { describe, expect, it } from "vitest";
import { CooperationNetworkDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

describe("cooperationNetwork (on the seed and generated data)", () => {
  const graph = usePreparedGraph();

  it("matches an independent computation of a region's weighted pairs over generated data", async () => {
    const regionOf = new Map<string, string>();
    const byEvent = new Map<string, Set<string>>();
    for (const r of (await graph().records()).rels) {
      if (r.type === "IN_REGION") regionOf.set(r.from, r.to);
      if (r.type === "PARTICIPATED_IN" && r.from.startsWith("member:")) byEvent.set(r.to, (byEvent.get(r.to) ?? new Set()).add(r.from));
    }
    const weights = new Map<string, number>();
    for (const members of byEvent.values()) {
      const inRegion = [...members].filter((m) => regionOf.get(m) === "region:ap").sort();
      for (let i = 0; i < inRegion.length; i++) {
        for (let j = i + 1; j < inRegion.length; j++) {
          const key = `${inRegion[i]} ${inRegion[j]}`;
          weights.set(key, (weights.get(key) ?? 0) + 1);
        }
      }
    }
    const expected = [...weights.entries()]
      .map(([k, weight]) => ({ source: k.split(" ")[0], target: k.split(" ")[1], weight }))
      .filter((e) => e.weight >= 2)
      .sort((a, b) => b.weight - a.weight || (a.source! < b.source! ? -1 : a.source! > b.source! ? 1 : a.target! < b.target! ? -1 : 1));

    const res = await execute(graph().app, CooperationNetworkDocument, { region: "AP", minWeight: 2, maxEdges: 2000, includeSynthetic: true });
    expect(res.errors).toBeUndefined();
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.length).toBeLessThan(2000);
    expect(res.data!.cooperationNetwork.edges).toEqual(expected);
    const strongest = res.data!.cooperationNetwork.nodes[0]!;
    expect(strongest.node).toEqual({ __typename: "Member", id: strongest.entityId });
    expect(strongest.strength).toBe(expected.filter((e) => e.source === strongest.entityId || e.target === strongest.entityId).reduce((s, e) => s + e.weight, 0));
  });

  it("on the seed: the Jakarta workshop ties nine Asia/Pacific administrations together", async () => {
    const app = graph().app;
    const res = await execute(app, CooperationNetworkDocument, { region: "AP" });
    expect(res.errors).toBeUndefined();
    const ids = res.data!.cooperationNetwork.nodes.map((n) => n.entityId);
    expect(ids).toEqual(expect.arrayContaining(["member:idn", "member:mys", "member:vnm"]));
    expect((await execute(app, CooperationNetworkDocument, { region: "MARS" })).errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect((await execute(app, CooperationNetworkDocument, { maxEdges: 5000 })).errors?.[0]?.message).toBe("maxEdges is 5000, over the maximum of 2000 by 3000");
  });
});
