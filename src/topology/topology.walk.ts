import { pairOf, walkable, type Topology, type WalkFilter } from "./topology.model.js";

/**
 * Walks on the topology projection: the shortest chain between two entities
 * and the neighbourhood of one, as cypher/analysis/shortest-path.cypher and
 * neighbourhood.cypher define them (their reference). Both give the
 * relationships they took as {from, to, type} pairs, read afterwards with
 * their provenance.
 */

export interface Pair {
  from: string;
  to: string;
  type: string;
}

export interface Chain {
  nodeIds: string[];
  /** One per hop, in path order. */
  pairs: Pair[];
}

/** One side of a breadth-first search: each reached entity's distance, and the entity and adjacency entry it was reached by. */
class Side {
  readonly distance: Int32Array;
  readonly previous: Int32Array;
  readonly entry: Int32Array;
  frontier: number[];
  depth = 0;

  constructor(size: number, start: number) {
    this.distance = new Int32Array(size).fill(-1);
    this.previous = new Int32Array(size).fill(-1);
    this.entry = new Int32Array(size).fill(-1);
    this.distance[start] = 0;
    this.frontier = [start];
  }

  /** How many adjacency entries widening the frontier reads, at most. */
  reach(topology: Topology): number {
    let entries = 0;
    for (const v of this.frontier) entries += topology.adjFrom[v + 1]! - topology.adjFrom[v]!;
    return entries;
  }

  /** The entities from v back to this side's start, v first, and the hops between them. */
  back(topology: Topology, v: number): { nodes: number[]; pairs: Pair[] } {
    const nodes = [v];
    const pairs: Pair[] = [];
    for (let x = v; this.previous[x] !== -1; x = this.previous[x]!) {
      pairs.push(pairOf(topology, this.previous[x]!, this.entry[x]!));
      nodes.push(this.previous[x]!);
    }
    return { nodes, pairs };
  }
}

/**
 * The shortest chain of at most maxHops relationships, in either direction,
 * between two entities: a breadth-first search from both ends, each step
 * widening by one level the frontier with fewer relationships to read. Null
 * when there is none within maxHops, or an end is unknown.
 */
export function shortestChain(topology: Topology, fromId: string, toId: string, maxHops: number, filter: WalkFilter): Chain | null {
  const from = topology.index.get(fromId);
  const to = topology.index.get(toId);
  if (from === undefined || to === undefined) return null;
  if (from === to) return { nodeIds: [fromId], pairs: [] };
  const ok = walkable(topology, filter);
  const a = new Side(topology.ids.length, from);
  const b = new Side(topology.ids.length, to);
  while (a.frontier.length > 0 && b.frontier.length > 0 && a.depth + b.depth < maxHops) {
    // The side with fewer relationships to read widens: a busy member's side waits, and may never be read whole.
    const [near, far] = a.reach(topology) <= b.reach(topology) ? [a, b] : [b, a];
    // The first meeting is a shortest one: every meeting of a level is at the far side's current depth. One at a
    // smaller depth would be an entity the far side has already widened from, so it would have reached this
    // near entity, and the two sides would have met a level earlier. A busy end's list is read only up to it.
    const next: number[] = [];
    for (const u of near.frontier) {
      for (let i = topology.adjFrom[u]!; i < topology.adjFrom[u + 1]!; i++) {
        if (!ok(i)) continue;
        const w = topology.adjNode[i]!;
        if (near.distance[w] !== -1) continue;
        near.distance[w] = near.depth + 1;
        near.previous[w] = u;
        near.entry[w] = i;
        next.push(w);
        if (far.distance[w] !== -1) {
          const start = a.back(topology, w);
          const end = b.back(topology, w);
          const nodes = [...start.nodes.reverse(), ...end.nodes.slice(1)];
          return { nodeIds: nodes.map((v) => topology.ids[v]!), pairs: [...start.pairs.reverse(), ...end.pairs] };
        }
      }
    }
    near.frontier = next;
    near.depth += 1;
  }
  return null;
}

export interface Surroundings {
  /** [[start], level 1, level 2, level 3]: each level's entities in id order. */
  levels: string[][];
  /** Every relationship among them, once per {from, to, type}. */
  pairs: Pair[];
}

/**
 * The entities up to depth (1..3) hops from one, at most `limit` new ones per
 * level (the first in id order), and the relationships among them. Null for an
 * unknown id. Neighbours are stored in id order, so neither step reads all of a
 * busy member's relationships.
 */
export function surroundings(topology: Topology, id: string, depth: number, limit: number, filter: WalkFilter): Surroundings | null {
  const start = topology.index.get(id);
  if (start === undefined) return null;
  const ok = walkable(topology, filter);
  const taken = new Uint8Array(topology.ids.length);
  const levels: number[][] = [[start]];
  for (let level = 1; level <= 3; level++) {
    // Level 1 may hold the start itself (a relationship to itself), as the statement's first level does.
    if (level === 2) taken[start] = 1;
    const kept = level > depth ? [] : firstNew(topology, levels[level - 1]!, limit, ok, taken);
    for (const n of kept) taken[n] = 1;
    levels.push(kept);
  }
  const members = [...new Set(levels.flat())].sort((a, b) => a - b);
  const pairs = new Map<string, Pair>();
  for (const x of members) {
    forEachEntryTo(topology, x, members, (i) => {
      if (topology.adjOut[i] !== 1 || !ok(i)) return;
      const pair = pairOf(topology, x, i);
      pairs.set(`${pair.from}\u0001${pair.to}\u0001${pair.type}`, pair);
    });
  }
  return { levels: levels.map((l) => l.map((v) => topology.ids[v]!)), pairs: [...pairs.values()] };
}

/**
 * The first `limit` entities (ascending) reached from any of `from` by an entry
 * the walk may take and not yet taken. Each of them is among the first `limit`
 * such neighbours of an entity it is reached from, so each entity's sorted
 * neighbours are read only that far.
 */
function firstNew(topology: Topology, from: readonly number[], limit: number, ok: (i: number) => boolean, taken: Uint8Array): number[] {
  const found = new Set<number>();
  for (const m of from) {
    let count = 0;
    let last = -1;
    for (let i = topology.adjFrom[m]!; i < topology.adjFrom[m + 1]! && count < limit; i++) {
      const w = topology.adjNode[i]!;
      if (w === last || taken[w] !== 0 || !ok(i)) continue;
      last = w;
      count += 1;
      found.add(w);
    }
  }
  return [...found].sort((a, b) => a - b).slice(0, limit);
}

/** Calls each(i) for every adjacency entry of x whose other end is one of `ends` (ascending): a scan of x's entries or a binary search per end, whichever reads fewer. */
function forEachEntryTo(topology: Topology, x: number, ends: readonly number[], each: (i: number) => void): void {
  const from = topology.adjFrom[x]!;
  const to = topology.adjFrom[x + 1]!;
  if (to - from <= ends.length * Math.log2(to - from + 2)) {
    for (let e = 0, i = from; i < to; i++) {
      const w = topology.adjNode[i]!;
      while (e < ends.length && ends[e]! < w) e++;
      if (e < ends.length && ends[e] === w) each(i);
    }
    return;
  }
  let low = from;
  for (const w of ends) {
    let high = to;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (topology.adjNode[mid]! < w) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < to && topology.adjNode[i] === w; i++) each(i);
  }
}
