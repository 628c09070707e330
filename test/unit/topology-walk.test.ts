import { describe, expect, it } from "vitest";
import { buildTopology, type AdjacencyRow } from "../../src/topology/topology.model.js";
import { shortestChain, surroundings } from "../../src/topology/topology.walk.js";

/**
 * A hand-drawn graph: member:a and member:b took part in event:1; member:b and
 * member:c in event:2 (c's participation synthetic); all three are in
 * region:x; person:p spoke at event:2; event:3 stands alone.
 */
const rows: AdjacencyRow[] = [
  { id: "member:a", out: [["PARTICIPATED_IN", "event:1", false], ["IN_REGION", "region:x", false]] },
  { id: "member:b", out: [["PARTICIPATED_IN", "event:1", false], ["PARTICIPATED_IN", "event:2", false], ["IN_REGION", "region:x", false]] },
  { id: "member:c", out: [["PARTICIPATED_IN", "event:2", true], ["IN_REGION", "region:x", false]] },
  { id: "person:p", out: [["SPOKE_AT", "event:2", false]] },
  { id: "event:1", out: [] },
  { id: "event:2", out: [] },
  { id: "event:3", out: [] },
  { id: "region:x", out: [] },
];
const topology = await buildTopology({ version: 1, history: "h" }, rows);
const all = { types: null, includeSynthetic: true };

describe("walks on the topology projection", () => {
  it("finds the shortest chain in either direction, within maxHops, through the types and data asked", () => {
    expect(shortestChain(topology, "member:a", "member:c", 6, all)).toMatchObject({ nodeIds: ["member:a", "region:x", "member:c"] });
    expect(shortestChain(topology, "member:a", "member:c", 1, all)).toBeNull();
    // Without regions: a, event 1, b, event 2, c; without synthetic data, c's participation is gone too.
    const participations = { types: ["PARTICIPATED_IN"], includeSynthetic: true };
    expect(shortestChain(topology, "member:a", "member:c", 6, participations)?.nodeIds).toEqual(["member:a", "event:1", "member:b", "event:2", "member:c"]);
    expect(shortestChain(topology, "member:a", "member:c", 3, participations)).toBeNull();
    expect(shortestChain(topology, "member:a", "member:c", 6, { types: ["PARTICIPATED_IN"], includeSynthetic: false })).toBeNull();
    const toSpeaker = shortestChain(topology, "member:a", "person:p", 6, all)!;
    expect(toSpeaker.nodeIds).toHaveLength(5);
    expect(toSpeaker.pairs.at(-1)).toEqual({ from: "person:p", to: "event:2", type: "SPOKE_AT" });
    expect(shortestChain(topology, "member:a", "event:3", 6, all)).toBeNull();
    expect(shortestChain(topology, "member:a", "member:nobody", 6, all)).toBeNull();
  });

  it("lets the event loop in while it builds", async () => {
    const many: AdjacencyRow[] = Array.from({ length: 2_000 }, (_, i) => ({ id: `person:p${i}`, out: [["SPOKE_AT", "event:1", false]] }));
    const order: string[] = [];
    const building = buildTopology({ version: 1, history: "h" }, [...rows, ...many], 0).then((built) => order.push(`built ${built.relationships}`));
    setImmediate(() => order.push("another request"));
    await building;
    expect(order).toEqual(["another request", "built 2008"]);
  });

  it("takes each level's first entities in id order, never one twice, and every relationship among them", () => {
    const around = surroundings(topology, "member:b", 2, 2, all)!;
    // Level 1 of b: event:1, event:2, region:x; the first two in id order. Level 2: from them, a, c and p; not b.
    expect(around.levels).toEqual([["member:b"], ["event:1", "event:2"], ["member:a", "member:c"], []]);
    expect(around.pairs.map((p) => `${p.from} ${p.type} ${p.to}`).sort()).toEqual([
      "member:a PARTICIPATED_IN event:1",
      "member:b PARTICIPATED_IN event:1",
      "member:b PARTICIPATED_IN event:2",
      "member:c PARTICIPATED_IN event:2",
    ]);
    expect(surroundings(topology, "member:b", 1, 25, { types: null, includeSynthetic: false })!.levels[1]).toEqual(["event:1", "event:2", "region:x"]);
    expect(surroundings(topology, "member:c", 1, 25, { types: null, includeSynthetic: false })!.levels[1]).toEqual(["region:x"]);
    expect(surroundings(topology, "member:nobody", 1, 25, all)).toBeNull();
  });
});
