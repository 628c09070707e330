import type { NetworkFilter } from "../analysis/analysis.repository.js";
import { toAffiliations } from "../analysis/analysis.repository.js";
import type { NetworkEdgeValue, NetworkNodeValue, NetworkValue } from "../analysis/analysis.model.js";
import type { EvolutionRow } from "../analysis/analysis.history.js";
import type { Projection, Tie } from "./projection.model.js";
import { chosenSources, eventCounts, participationCounts, tieFolds } from "./projection.rules.js";

/**
 * The cooperation network of a filter, counted on the projection: the answer
 * cypher/analysis/cooperation-network.cypher gives (the same rules, point by
 * point; that file is the reference and COOPGRAPH_PROJECTION=off uses it),
 * in one pass over the filter's events.
 */

/** Who an actor is in this filter's network: itself, or (folded) the members it is tied to, each with its tie. */
interface Standing {
  actor: number;
  tie: number;
}

export interface EdgeAcc {
  a: number;
  b: number;
  weight: number;
  firstRank: number;
  endRank: number;
  /** Per start year from the projection's first year; the last slot counts undated events. */
  years: Int32Array;
  /** The said-sets (see saidSet) of both ends in each shared event. */
  said: Set<number>;
  ties: Set<number> | undefined;
}

/** A pair index: dense for the few hundred actors the graph has, a map beyond. */
class PairIndex {
  private readonly dense: Int32Array | undefined;
  private readonly sparse = new Map<number, number>();

  constructor(private readonly n: number) {
    if (n * n <= 16_000_000) this.dense = new Int32Array(n * n).fill(-1);
  }

  get(a: number, b: number): number {
    const key = a * this.n + b;
    return this.dense ? this.dense[key]! : (this.sparse.get(key) ?? -1);
  }

  set(a: number, b: number, edge: number): void {
    const key = a * this.n + b;
    if (this.dense) this.dense[key] = edge;
    else this.sparse.set(key, edge);
  }
}

/** Per request: which actors count, how each participant stands, which participations and events count. */
function standings(projection: Projection, filter: Omit<NetworkFilter, "maxEdges">, ties: Tie[]): (Standing[] | null)[] {
  const n = projection.actorIds.length;
  const counts = (a: number) =>
    (projection.actorIsMember[a] === 1 || filter.includeOrganizations) && (filter.region === null || projection.actorRegions[a]!.includes(filter.region));
  const out: (Standing[] | null)[] = new Array<Standing[] | null>(n).fill(null);
  for (let a = 0; a < n; a++) {
    const member = projection.actorIsMember[a] === 1;
    // Unfolded, organizations take no part unless asked for.
    if (!member && !filter.includeOrganizations && !filter.foldMembers) continue;
    let standing: Standing[] = [{ actor: a, tie: -1 }];
    if (!member && filter.foldMembers) {
      const folded = (projection.tiesOf.get(a) ?? []).filter((t) => tieFolds(filter, t));
      if (folded.length > 0) {
        standing = folded.map((t) => {
          ties.push(t);
          return { actor: t.member, tie: ties.length - 1 };
        });
      }
    }
    standing = standing.filter((s) => counts(s.actor));
    if (standing.length > 0) out[a] = standing;
  }
  return out;
}

/** An actor present at the event being counted: the chosen sources its participations there state, the ties it stands by. */
interface Present {
  actor: number;
  said: number[];
  ties: number[];
  saidSet: number;
}

/** Sorts present[0, count) by actor: an insertion sort, as an event has a handful of actors. */
function inActorOrder(present: Present[], count: number): void {
  for (let i = 1; i < count; i++) {
    const x = present[i]!;
    let j = i - 1;
    while (j >= 0 && present[j]!.actor > x.actor) {
      present[j + 1] = present[j]!;
      j--;
    }
    present[j + 1] = x;
  }
}

/** The projection's year span: one slot per year from the first to the last, and one for undated events. */
function yearSpan(projection: Projection): { first: number; slots: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const y of projection.eventYear) {
    if (y < 0) continue;
    first = Math.min(first, y);
    last = Math.max(last, y);
  }
  return first === Infinity ? { first: 0, slots: 1 } : { first, slots: last - first + 2 };
}

/** A filter's network counted, before it is cut to maxEdges: its edges (those of at least minWeight) heaviest first. */
export interface CountedNetwork {
  edges: EdgeAcc[];
  ties: Tie[];
  saidSets: number[][];
  firstYear: number;
}

/**
 * How long counting runs before it lets the event loop serve other requests:
 * a whole network at large scale is seconds of counting, which no request
 * should wait behind.
 */
export const COUNT_SLICE_MS = 10;

/** Lets the callbacks waiting on the event loop run (the projections' counts and builds, between slices). */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The network of a counted filter, up to its maxEdges edges, and the whole network's size. */
export function networkValue(projection: Projection, counted: CountedNetwork, filter: Pick<NetworkFilter, "maxEdges" | "foldMembers">): NetworkValue {
  const { edges, ties, saidSets, firstYear } = counted;
  return {
    edges: edges.slice(0, filter.maxEdges).map((edge) => edgeValue(projection, edge, firstYear, saidSets)),
    nodes: nodeValues(projection, edges, filter.maxEdges, ties),
    truncated: edges.length > filter.maxEdges,
    totalEdges: edges.length,
    totalNodes: new Set(edges.flatMap((edge) => [edge.a, edge.b])).size,
    foldedMembers: filter.foldMembers,
  };
}

/** One pass over the filter's events: each pair of actors present at one, with its weight, dates, years, sources and ties. */
export async function countNetwork(projection: Projection, filter: Omit<NetworkFilter, "maxEdges">, sliceMs = COUNT_SLICE_MS): Promise<CountedNetwork> {
  const n = projection.actorIds.length;
  const ties: Tie[] = [];
  const standing = standings(projection, filter, ties);
  const chosen = chosenSources(projection, filter.sourceIds);
  const span = yearSpan(projection);
  const pairs = new PairIndex(n);

  // Said-sets: the chosen sources of one actor's participations in one event, interned, so an edge adds one number per end and event.
  const saidIndex = new Map<string, number>();
  const saidSets: number[][] = [];
  const singleSaid = new Map<number, number>();
  const saidSet = (ids: number[]): number => {
    // Most participations state one source: no key to build.
    if (ids.length === 1) {
      let i = singleSaid.get(ids[0]!);
      if (i === undefined) {
        i = saidSets.length;
        saidSets.push([ids[0]!]);
        singleSaid.set(ids[0]!, i);
      }
      return i;
    }
    ids.sort((x, y) => x - y);
    const key = ids.join(",");
    let i = saidIndex.get(key);
    if (i === undefined) {
      i = saidSets.length;
      saidSets.push([...new Set(ids)]);
      saidIndex.set(key, i);
    }
    return i;
  };

  // Who is present at the event being counted: present[0, here) in slot order, slot[actor] valid when mark[actor] is the
  // event's turn. The entries are reused from event to event: a region's network at large scale meets half a million.
  const mark = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  const present: Present[] = [];
  let here = 0;
  const acc = new EdgeTable(span.slots);

  let slice = performance.now();
  for (let e = 0; e < projection.eventIds.length; e++) {
    if ((e & 63) === 63 && performance.now() - slice >= sliceMs) {
      await nextTurn();
      slice = performance.now();
    }
    if (!eventCounts(projection, filter, e)) continue;
    here = 0;
    for (let p = projection.partFrom[e]!; p < projection.partFrom[e + 1]!; p++) {
      // Most participants of a region's network stand for no one in it: they cost no more than this look.
      const stands = standing[projection.partActor[p]!];
      if (!stands || !participationCounts(projection, p, filter, chosen)) continue;
      for (const { actor, tie } of stands) {
        if (mark[actor] !== e) {
          mark[actor] = e;
          slot[actor] = here;
          if (here === present.length) present.push({ actor, said: [], ties: [], saidSet: -1 });
          const entry = present[here++]!;
          entry.actor = actor;
          entry.said.length = 0;
          entry.ties.length = 0;
        }
        const entry = present[slot[actor]!]!;
        for (let s = projection.sourceFrom[p]!; s < projection.sourceFrom[p + 1]!; s++) {
          const id = projection.sourceIds[s]!;
          if (chosen === null || chosen.has(id)) entry.said.push(id);
        }
        if (tie >= 0 && !entry.ties.includes(tie)) entry.ties.push(tie);
      }
    }
    if (here < 2) continue;
    inActorOrder(present, here);
    for (let i = 0; i < here; i++) present[i]!.saidSet = saidSet(present[i]!.said);
    const year = projection.eventYear[e]! < 0 ? span.slots - 1 : projection.eventYear[e]! - span.first;
    const startRank = projection.eventStartRank[e]!;
    const endRank = projection.eventEndRank[e]!;
    for (let i = 0; i < here; i++) {
      const x = present[i]!;
      for (let j = i + 1; j < here; j++) {
        const y = present[j]!;
        let k = pairs.get(x.actor, y.actor);
        if (k < 0) {
          k = acc.add(x.actor, y.actor);
          pairs.set(x.actor, y.actor, k);
        }
        acc.count(k, year, startRank, endRank, x.saidSet, y.saidSet);
        if (x.ties.length + y.ties.length > 0) acc.tie(k, x.ties, y.ties);
      }
    }
  }

  const kept = acc.edges(filter.minWeight).sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  return { edges: kept, ties, saidSets, firstYear: span.first };
}

/**
 * The pairs being counted, in typed arrays (growing by doubling): a whole
 * network at medium scale is millions of (pair, event) steps, and objects per
 * pair made that several times slower. Most pairs see one said-set at both
 * ends in every event (one source), kept in `said`; other ones go to a set.
 */
class EdgeTable {
  private size = 0;
  private capacity = 1024;
  private a = new Int32Array(this.capacity);
  private b = new Int32Array(this.capacity);
  private weight = new Int32Array(this.capacity);
  private firstRank = new Int32Array(this.capacity);
  private endRank = new Int32Array(this.capacity);
  private said = new Int32Array(this.capacity);
  private years: Int32Array;
  private readonly moreSaid = new Map<number, Set<number>>();
  private readonly ties = new Map<number, Set<number>>();

  constructor(private readonly slots: number) {
    this.years = new Int32Array(this.capacity * slots);
  }

  add(a: number, b: number): number {
    if (this.size === this.capacity) this.grow();
    const k = this.size++;
    this.a[k] = a;
    this.b[k] = b;
    this.firstRank[k] = -1;
    this.endRank[k] = -1;
    this.said[k] = -1;
    return k;
  }

  count(k: number, year: number, startRank: number, endRank: number, saidX: number, saidY: number): void {
    this.weight[k]! += 1;
    this.years[k * this.slots + year]! += 1;
    if (startRank >= 0 && (this.firstRank[k]! < 0 || startRank < this.firstRank[k]!)) this.firstRank[k] = startRank;
    if (endRank > this.endRank[k]!) this.endRank[k] = endRank;
    this.addSaid(k, saidX);
    if (saidY !== saidX) this.addSaid(k, saidY);
  }

  tie(k: number, x: readonly number[], y: readonly number[]): void {
    let set = this.ties.get(k);
    if (!set) this.ties.set(k, (set = new Set()));
    for (const t of x) set.add(t);
    for (const t of y) set.add(t);
  }

  /** The pairs of at least minWeight shared events, as edges. */
  edges(minWeight: number): EdgeAcc[] {
    const out: EdgeAcc[] = [];
    for (let k = 0; k < this.size; k++) {
      if (this.weight[k]! < minWeight) continue;
      const said = new Set(this.moreSaid.get(k));
      if (this.said[k]! >= 0) said.add(this.said[k]!);
      out.push({
        a: this.a[k]!,
        b: this.b[k]!,
        weight: this.weight[k]!,
        firstRank: this.firstRank[k]!,
        endRank: this.endRank[k]!,
        years: this.years.slice(k * this.slots, (k + 1) * this.slots),
        said,
        ties: this.ties.get(k),
      });
    }
    return out;
  }

  private addSaid(k: number, said: number): void {
    const first = this.said[k]!;
    if (first === said) return;
    if (first < 0) {
      this.said[k] = said;
      return;
    }
    let more = this.moreSaid.get(k);
    if (!more) this.moreSaid.set(k, (more = new Set()));
    more.add(said);
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = (old: Int32Array, per = 1) => {
      const next = new Int32Array(this.capacity * per);
      next.set(old);
      return next;
    };
    this.a = grown(this.a);
    this.b = grown(this.b);
    this.weight = grown(this.weight);
    this.firstRank = grown(this.firstRank);
    this.endRank = grown(this.endRank);
    this.said = grown(this.said);
    this.years = grown(this.years, this.slots);
  }
}

function edgeValue(projection: Projection, edge: EdgeAcc, firstYear: number, saidSets: number[][]): NetworkEdgeValue {
  const sources = new Set<string>();
  for (const s of edge.said) for (const id of saidSets[s]!) sources.add(projection.sources[id]!);
  const weightByYear: NetworkEdgeValue["weightByYear"] = [];
  for (let i = 0; i < edge.years.length - 1; i++) if (edge.years[i]! > 0) weightByYear.push({ year: firstYear + i, weight: edge.years[i]! });
  const lastEnd = edge.endRank < 0 ? null : projection.lastEnds[edge.endRank]!;
  return {
    source: projection.actorIds[edge.a]!,
    target: projection.actorIds[edge.b]!,
    weight: edge.weight,
    firstDate: edge.firstRank < 0 ? null : projection.startDates[edge.firstRank]!,
    lastDate: lastEnd === null ? null : lastEnd.slice(0, -1),
    weightByYear,
    undatedWeight: edge.years[edge.years.length - 1]!,
    sources: [...sources].sort(),
  };
}

/** Degree and strength in the whole network and in its first maxEdges edges; the nodes of kept edges, strongest first, then by id. */
function nodeValues(projection: Projection, edges: readonly EdgeAcc[], maxEdges: number, ties: readonly Tie[]): NetworkNodeValue[] {
  const nodes = new Map<number, { degree: number; strength: number; keptDegree: number; keptStrength: number; via: Set<Tie> }>();
  edges.forEach((edge, i) => {
    for (const end of [edge.a, edge.b]) {
      let node = nodes.get(end);
      if (!node) nodes.set(end, (node = { degree: 0, strength: 0, keptDegree: 0, keptStrength: 0, via: new Set() }));
      node.degree += 1;
      node.strength += edge.weight;
      if (i < maxEdges) {
        node.keptDegree += 1;
        node.keptStrength += edge.weight;
      }
      for (const t of edge.ties ?? []) if (ties[t]!.member === end) node.via.add(ties[t]!);
    }
  });
  return [...nodes]
    .filter(([, node]) => node.keptDegree > 0)
    .sort(([a, x], [b, y]) => y.strength - x.strength || a - b)
    .map(([a, node]) => ({
      id: projection.actorIds[a]!,
      degree: node.degree,
      strength: node.strength,
      keptDegree: node.keptDegree,
      keptStrength: node.keptStrength,
      via: toAffiliations(
        [...new Map([...node.via].map((t) => [t.key, t])).values()].map((t) => ({
          organizationId: projection.actorIds[t.organization]!,
          memberId: projection.actorIds[t.member]!,
          role: t.role,
          uncertain: t.uncertain,
          uncertainty: t.uncertainty,
        })),
      ),
    }));
}

/**
 * The network year by year, as cypher/analysis/network-evolution.cypher
 * counts it: from the pairs of every weight (minWeight applies per year), a
 * pair is an edge of a year when it shared at least minWeight events starting
 * that year; undated events are left out.
 */
export function evolutionRows(counted: CountedNetwork, minWeight: number): EvolutionRow[] {
  const years = new Map<number, { edges: number; newEdges: number; goneNextYear: number; ends: Set<number> }>();
  for (const edge of counted.edges) {
    const active: number[] = [];
    // The last slot counts undated events.
    for (let i = 0; i < edge.years.length - 1; i++) if (edge.years[i]! >= minWeight) active.push(i);
    active.forEach((i, k) => {
      const year = counted.firstYear + i;
      let row = years.get(year);
      if (!row) years.set(year, (row = { edges: 0, newEdges: 0, goneNextYear: 0, ends: new Set() }));
      row.edges += 1;
      if (k === 0) row.newEdges += 1;
      if (active[k + 1] !== i + 1) row.goneNextYear += 1;
      row.ends.add(edge.a).add(edge.b);
    });
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, row]) => ({ year, nodes: row.ends.size, edges: row.edges, newEdges: row.newEdges, goneNextYear: row.goneNextYear }));
}
