import { describe, expect, it } from "vitest";
import type { ExplorerNeighbourhoodQuery, ExplorerNetworkQuery, ExplorerNodeFragment, ExplorerPathQuery, ExplorerStepFragment } from "../../web/explorer/generated/graphql.js";
import { buildModel } from "../../web/explorer/model.js";
import { parseState } from "../../web/explorer/state.js";

const member = (id: string, region = "AP"): ExplorerNodeFragment => ({ __typename: "Member", id, name: id, iso3: null, synthetic: false, uncertain: false, region: { code: region } });
const event = (id: string): ExplorerNodeFragment => ({ __typename: "Event", id, title: id, startDate: null, synthetic: false, uncertain: false });
const step = (from: string, type: ExplorerStepFragment["type"], to: string, sources: string[] = ["source:s"]): ExplorerStepFragment => ({ type, from, to, role: null, title: null, sources, uncertain: false, uncertainty: null });

function neighbourhood(centre: ExplorerNodeFragment, shown: ExplorerNodeFragment[], steps: ExplorerStepFragment[], total: number): ExplorerNeighbourhoodQuery {
  return {
    shown: { nodes: [centre, ...shown].map((node, i) => ({ entityId: node.id, level: i === 0 ? 0 : 1, node })), relationships: steps },
    all: { nodes: Array.from({ length: total + 1 }, (_, i) => ({ entityId: `x:${i}` })) },
  };
}

describe("the explorer's view model", () => {
  it("joins expansions: shared entities once, relationships between any drawn pair, 'more' from the wider look", () => {
    const a = member("member:a");
    const b = member("member:b");
    const e1 = event("event:1");
    const e2 = event("event:2");
    const state = parseState("?open=member:a,member:b");
    const model = buildModel(state, {
      expansions: [
        neighbourhood(a, [e1], [step("member:a", "PARTICIPATED_IN", "event:1")], 40),
        neighbourhood(b, [e1, e2], [step("member:b", "PARTICIPATED_IN", "event:1"), step("member:b", "PARTICIPATED_IN", "event:2")], 2),
      ],
      network: null,
      path: null,
    });
    expect([...model.nodes.keys()].sort()).toEqual(["event:1", "event:2", "member:a", "member:b"]);
    expect([...model.edges.keys()].sort()).toEqual(["event:1|member:a", "event:1|member:b", "event:2|member:b"]);
    // a: 40 neighbours in all, 1 shown; b: 2 in all, 2 shown.
    expect([model.nodes.get("member:a")!.more, model.nodes.get("member:b")!.more]).toEqual([39, 0]);
    expect(model.nodes.get("event:1")!.expanded).toBe(false);
  });

  it("leaves removed entities and their edges out, and marks the path's entities and steps", () => {
    const a = member("member:a");
    const e1 = event("event:1");
    const p = member("person:p");
    const state = parseState("?open=member:a&remove=event:9&path=member:a,person:p");
    const path: ExplorerPathQuery = {
      shortestPath: { length: 2, nodes: [a, e1, p], steps: [step("member:a", "PARTICIPATED_IN", "event:1"), step("person:p", "SPOKE_AT", "event:1")] },
    };
    const model = buildModel(state, {
      expansions: [neighbourhood(a, [e1, event("event:9")], [step("member:a", "PARTICIPATED_IN", "event:1"), step("member:a", "PARTICIPATED_IN", "event:9")], 2)],
      network: null,
      path,
    });
    expect(model.nodes.has("event:9")).toBe(false);
    expect([...model.edges.keys()].sort()).toEqual(["event:1|member:a", "event:1|person:p"]);
    expect([...model.nodes.values()].filter((n) => n.onPath).map((n) => n.id).sort()).toEqual(["event:1", "member:a", "person:p"]);
    // The expansion's relationship and the path's are one fact, listed once.
    expect(model.edges.get("event:1|member:a")!.steps).toHaveLength(1);
    expect(model.noPath).toBe(false);
  });

  it("keeps the network's node metrics and edge weights, and says when a path was asked for and none exists", () => {
    const network: ExplorerNetworkQuery = {
      cooperationNetwork: {
        totalNodes: 2,
        totalEdges: 1,
        truncated: false,
        nodes: [
          { entityId: "member:a", degree: 1, strength: 3, betweenness: 0, pageRank: 0.5, eigenvector: 0.7, community: 0, node: member("member:a") },
          { entityId: "member:b", degree: 1, strength: 3, betweenness: 0, pageRank: 0.5, eigenvector: 0.7, community: 0, node: member("member:b", "EUR") },
        ],
        edges: [{ source: "member:b", target: "member:a", weight: 3, firstDate: "2018-03", lastDate: "2019", weightByYear: [] }],
      },
    };
    const model = buildModel(parseState("?network=1&path=member:a,member:z"), { expansions: [], network, path: { shortestPath: null } });
    expect(model.nodes.get("member:b")!.network).toMatchObject({ entityId: "member:b", degree: 1, strength: 3, pageRank: 0.5, community: 0 });
    expect(model.edges.get("member:a|member:b")).toMatchObject({ a: "member:a", b: "member:b", weight: 3 });
    expect(model.noPath).toBe(true);
  });
});
