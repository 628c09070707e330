import { describe, expect, it } from "vitest";
import { REL_TYPE_NAMES } from "../../src/model/model.relationships.js";
import { buildTopology, TYPE_INDEX, walkable, type AdjacencyRow, type Topology, type WalkFilter } from "../../src/topology/topology.model.js";
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

  it("keeps each entity's neighbours in id order, every relationship once at each end", async () => {
    const graph = randomGraph(7);
    const built = await buildTopology({ version: 1, history: "h" }, graph.rows);
    const entries: string[] = [];
    for (let v = 0; v < built.ids.length; v++) {
      for (let i = built.adjFrom[v]!; i < built.adjFrom[v + 1]!; i++) {
        if (i > built.adjFrom[v]!) expect(built.adjNode[i]!).toBeGreaterThanOrEqual(built.adjNode[i - 1]!);
        const [from, to] = built.adjOut[i] === 1 ? [v, built.adjNode[i]!] : [built.adjNode[i]!, v];
        entries.push(`${built.ids[v]} ${built.ids[from]} ${built.adjType[i]} ${built.ids[to]} ${built.adjSynthetic[i]}`);
      }
    }
    // From the rows alone: each relationship at its start and at its end.
    const expected = graph.rows.flatMap((row) =>
      row.out.flatMap(([type, other, synthetic]) => {
        const entry = `${row.id} ${TYPE_INDEX.get(type)} ${other} ${synthetic ? 1 : 0}`;
        return [`${row.id} ${entry}`, `${other} ${entry}`];
      }),
    );
    expect(entries.sort()).toEqual(expected.sort());
  });

  it("gives on a random graph with hubs the surroundings its definition gives, read naively", async () => {
    const graph = randomGraph(11);
    const built = await buildTopology({ version: 1, history: "h" }, graph.rows);
    const filters: WalkFilter[] = [all, { types: null, includeSynthetic: false }, { types: ["PARTICIPATED_IN", "IN_REGION"], includeSynthetic: true }];
    let compared = 0;
    for (const id of [...graph.hubs, ...built.ids.filter((_, i) => i % 37 === 0)]) {
      for (const filter of filters) {
        for (const [depth, limit] of [[1, 25], [2, 25], [3, 5], [2, 1]] as const) {
          const around = surroundings(built, id, depth, limit, filter)!;
          const naive = naiveSurroundings(built, id, depth, limit, filter);
          expect(around.levels).toEqual(naive.levels);
          expect(around.pairs.map((p) => `${p.from} ${p.type} ${p.to}`).sort()).toEqual(naive.pairs);
          compared += around.pairs.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });

  it("finds on a random graph with hubs a chain as short as a breadth-first search's, each hop a relationship the filter allows", async () => {
    const graph = randomGraph(5);
    const built = await buildTopology({ version: 1, history: "h" }, graph.rows);
    const filters: WalkFilter[] = [all, { types: null, includeSynthetic: false }, { types: ["PARTICIPATED_IN"], includeSynthetic: true }];
    const ends = [...graph.hubs, "person:p", ...built.ids.filter((_, i) => i % 41 === 0)];
    let found = 0;
    let none = 0;
    for (const from of ends) {
      for (const to of ends) {
        for (const filter of filters) {
          for (const maxHops of [1, 2, 3, 4]) {
            const chain = shortestChain(built, from, to, maxHops, filter);
            const distance = bfsDistance(built, from, to, filter);
            if (distance > maxHops) {
              expect(chain, `${from} to ${to}`).toBeNull();
              none += 1;
              continue;
            }
            expect(chain?.pairs.length, `${from} to ${to}, ${maxHops} hops`).toBe(distance);
            expect(chain!.nodeIds[0]).toBe(from);
            expect(chain!.nodeIds.at(-1)).toBe(to);
            chain!.pairs.forEach((pair, k) => {
              expect([pair.from, pair.to].sort()).toEqual([chain!.nodeIds[k], chain!.nodeIds[k + 1]].sort());
              expect(hasRelationship(built, pair, filter), `${pair.from} ${pair.type} ${pair.to}`).toBe(true);
            });
            found += distance > 0 ? 1 : 0;
          }
        }
      }
    }
    expect(found).toBeGreaterThan(300);
    expect(none).toBeGreaterThan(50);
  });
});

/** Hops from one entity to another by a plain breadth-first search from one end (Infinity: none). */
function bfsDistance(t: Topology, fromId: string, toId: string, filter: WalkFilter): number {
  const ok = walkable(t, filter);
  const target = t.index.get(toId)!;
  const distance = new Map<number, number>([[t.index.get(fromId)!, 0]]);
  for (let queue = [t.index.get(fromId)!]; queue.length > 0; ) {
    const next: number[] = [];
    for (const v of queue) {
      if (v === target) return distance.get(v)!;
      for (let i = t.adjFrom[v]!; i < t.adjFrom[v + 1]!; i++) {
        const w = t.adjNode[i]!;
        if (ok(i) && !distance.has(w)) {
          distance.set(w, distance.get(v)! + 1);
          next.push(w);
        }
      }
    }
    queue = next;
  }
  return Infinity;
}

/** Whether the topology holds the relationship, in its direction, of a type and synthetic mark the filter allows. */
function hasRelationship(t: Topology, pair: { from: string; to: string; type: string }, filter: WalkFilter): boolean {
  const ok = walkable(t, filter);
  const from = t.index.get(pair.from)!;
  for (let i = t.adjFrom[from]!; i < t.adjFrom[from + 1]!; i++) {
    if (t.ids[t.adjNode[i]!] === pair.to && t.adjOut[i] === 1 && t.adjType[i] === TYPE_INDEX.get(pair.type) && ok(i)) return true;
  }
  return false;
}

/** Members, events and regions with a few hubs (members at many events): relationships given in no particular order, some synthetic, some repeated. */
function randomGraph(seed: number): { rows: AdjacencyRow[]; hubs: string[] } {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const pick = (n: number) => Math.floor(random() * n);
  const members = Array.from({ length: 300 }, (_, i) => `member:m${(i * 7919) % 300}`);
  const events = Array.from({ length: 400 }, (_, i) => `event:e${i}`);
  const regions = ["region:r1", "region:r2", "region:r3"];
  const hubs = members.slice(0, 3);
  const rows: AdjacencyRow[] = members.map((id, i) => {
    const out: [string, string, boolean][] = [["IN_REGION", regions[pick(3)]!, false]];
    const many = i < hubs.length ? 350 : pick(12);
    for (let k = 0; k < many; k++) out.push(["PARTICIPATED_IN", events[pick(events.length)]!, random() < 0.2]);
    return { id, out };
  });
  rows.push(...events.map((id) => ({ id, out: [] as [string, string, boolean][] })), ...regions.map((id) => ({ id, out: [] as [string, string, boolean][] })));
  rows.push({ id: "person:p", out: events.slice(0, 50).map((e): [string, string, boolean] => ["SPOKE_AT", e, false]) });
  return { rows, hubs };
}

/** The walk's definition read the long way: every neighbour of a level collected, sorted, cut; every relationship of every member looked at. */
function naiveSurroundings(t: Topology, id: string, depth: number, limit: number, filter: WalkFilter): { levels: string[][]; pairs: string[] } {
  const ok = walkable(t, filter);
  const start = t.index.get(id)!;
  const levels: number[][] = [[start]];
  const seen = new Set<number>();
  for (let level = 1; level <= 3; level++) {
    if (level === 2) seen.add(start);
    const found = new Set<number>();
    if (level <= depth) {
      for (const m of levels[level - 1]!) {
        for (let i = t.adjFrom[m]!; i < t.adjFrom[m + 1]!; i++) if (ok(i) && !seen.has(t.adjNode[i]!)) found.add(t.adjNode[i]!);
      }
    }
    const kept = [...found].sort((a, b) => a - b).slice(0, limit);
    kept.forEach((n) => seen.add(n));
    levels.push(kept);
  }
  seen.add(start);
  const pairs = new Set<string>();
  for (const x of seen) {
    for (let i = t.adjFrom[x]!; i < t.adjFrom[x + 1]!; i++) {
      if (t.adjOut[i] === 1 && ok(i) && seen.has(t.adjNode[i]!)) pairs.add(`${t.ids[x]} ${REL_TYPE_NAMES[t.adjType[i]!]} ${t.ids[t.adjNode[i]!]}`);
    }
  }
  return { levels: levels.map((l) => l.map((v) => t.ids[v]!)), pairs: [...pairs].sort() };
}
