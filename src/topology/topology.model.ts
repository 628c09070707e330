import { REL_TYPE_NAMES } from "../model/model.relationships.js";
import type { Stamp } from "../projection/projection.model.js";
import { nextTurn } from "../projection/projection.network.js";

/**
 * The topology projection: every entity and every relationship between
 * entities, without their properties, as integer tables. The path and the
 * neighbourhood walk it instead of having Neo4j expand a busy member's
 * thousands of participations per request; the relationships they end up
 * showing are then read with their provenance (cypher/topology/steps.cypher).
 * Built from the rows of cypher/topology/adjacency.cypher.
 */

/** An entity with the relationships leaving it: [type, the other end's id, synthetic]. */
export interface AdjacencyRow {
  id: string;
  out: [string, string, boolean][];
}

/**
 * Entities are numbered in id order (as Cypher sorts ids), so "ORDER BY id" is
 * an integer comparison. Each relationship appears twice, once at each end:
 * the neighbours of entity v are at adjFrom[v] .. adjFrom[v + 1] - 1, in
 * ascending order, with the relationship's type (its index in REL_TYPE_NAMES),
 * whether v is its start, and its synthetic mark. Sorted, a walk that wants
 * the first few neighbours in id order stops after them, and whether v touches
 * w is a binary search, however busy v is.
 */
export interface Topology {
  stamp: Stamp;
  ids: string[];
  index: Map<string, number>;
  adjFrom: Int32Array;
  adjNode: Int32Array;
  adjType: Uint8Array;
  adjOut: Uint8Array;
  adjSynthetic: Uint8Array;
  relationships: number;
}

export const TYPE_INDEX = new Map<string, number>(REL_TYPE_NAMES.map((t, i) => [t, i]));

/** How long the build holds the event loop at a time: at large scale it files four million entries. */
const BUILD_SLICE_MS = 10;

/** Calls each(row) for every row, letting other callbacks run every sliceMs. */
async function inSlices<T>(rows: readonly T[], each: (row: T) => void, sliceMs: number): Promise<void> {
  let slice = performance.now();
  for (let i = 0; i < rows.length; i++) {
    each(rows[i]!);
    if ((i & 255) === 255 && performance.now() - slice >= sliceMs) {
      await nextTurn();
      slice = performance.now();
    }
  }
}

/**
 * Builds the tables, in slices so other requests are served meanwhile; a
 * relationship to an entity the rows do not list, or of a type the model does
 * not declare, is dropped.
 */
export async function buildTopology(stamp: Stamp, rows: readonly AdjacencyRow[], sliceMs = BUILD_SLICE_MS): Promise<Topology> {
  const ids = rows.map((r) => r.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(ids.map((id, i) => [id, i]));
  const degree = new Int32Array(ids.length + 1);
  let relationships = 0;
  const known = (row: AdjacencyRow, rel: [string, string, boolean]) => TYPE_INDEX.has(rel[0]) && index.has(rel[1]) && index.has(row.id);
  await inSlices(
    rows,
    (row) => {
      for (const rel of row.out) {
        if (!known(row, rel)) continue;
        degree[index.get(row.id)! + 1]! += 1;
        degree[index.get(rel[1])! + 1]! += 1;
        relationships += 1;
      }
    },
    sliceMs,
  );
  for (let v = 0; v < ids.length; v++) degree[v + 1]! += degree[v]!;
  const adjFrom = degree;
  const next = adjFrom.slice(0, ids.length);
  const adjNode = new Int32Array(relationships * 2);
  const adjType = new Uint8Array(relationships * 2);
  const adjOut = new Uint8Array(relationships * 2);
  const adjSynthetic = new Uint8Array(relationships * 2);
  const put = (v: number, w: number, type: number, out: boolean, synthetic: boolean) => {
    const i = next[v]!++;
    adjNode[i] = w;
    adjType[i] = type;
    adjOut[i] = out ? 1 : 0;
    adjSynthetic[i] = synthetic ? 1 : 0;
  };
  await inSlices(
    rows,
    (row) => {
      const a = index.get(row.id)!;
      for (const rel of row.out) {
        if (!known(row, rel)) continue;
        const b = index.get(rel[1])!;
        const type = TYPE_INDEX.get(rel[0])!;
        put(a, b, type, true, rel[2]);
        put(b, a, type, false, rel[2]);
      }
    },
    sliceMs,
  );
  const unsorted = { adjFrom, adjNode, adjType, adjOut, adjSynthetic };
  return { stamp, ids, index, ...(await inNeighbourOrder(unsorted, sliceMs)), relationships };
}

type Adjacency = Pick<Topology, "adjFrom" | "adjNode" | "adjType" | "adjOut" | "adjSynthetic">;

/**
 * The same adjacency with each entity's neighbours in ascending order: every
 * entry (u, w) is written again at w's end as (w, u), u taken in ascending
 * order, which leaves each entity's entries sorted by the other end (a
 * counting sort; the relationship is the same one seen from its other end).
 */
async function inNeighbourOrder(from: Adjacency, sliceMs: number): Promise<Adjacency> {
  const size = from.adjNode.length;
  const to: Adjacency = {
    adjFrom: from.adjFrom,
    adjNode: new Int32Array(size),
    adjType: new Uint8Array(size),
    adjOut: new Uint8Array(size),
    adjSynthetic: new Uint8Array(size),
  };
  const next = from.adjFrom.slice(0, from.adjFrom.length - 1);
  const entities = Array.from({ length: next.length }, (_, u) => u);
  await inSlices(
    entities,
    (u) => {
      for (let i = from.adjFrom[u]!; i < from.adjFrom[u + 1]!; i++) {
        const j = next[from.adjNode[i]!]!++;
        to.adjNode[j] = u;
        to.adjType[j] = from.adjType[i]!;
        to.adjOut[j] = 1 - from.adjOut[i]!;
        to.adjSynthetic[j] = from.adjSynthetic[i]!;
      }
    },
    sliceMs,
  );
  return to;
}

/** Which relationships a walk may take: of the types asked (all when null), synthetic ones only when asked. */
export interface WalkFilter {
  types: string[] | null;
  includeSynthetic: boolean;
}

/** The filter as a test on an adjacency entry. */
export function walkable(topology: Topology, filter: WalkFilter): (i: number) => boolean {
  const allowed = new Uint8Array(REL_TYPE_NAMES.length).fill(filter.types === null ? 1 : 0);
  for (const t of filter.types ?? []) {
    const i = TYPE_INDEX.get(t);
    if (i !== undefined) allowed[i] = 1;
  }
  return (i) => allowed[topology.adjType[i]!] === 1 && (filter.includeSynthetic || topology.adjSynthetic[i] === 0);
}

/** The relationship behind an adjacency entry of v, in its own direction, as steps.cypher asks for it. */
export function pairOf(topology: Topology, v: number, i: number): { from: string; to: string; type: string } {
  const w = topology.adjNode[i]!;
  const [from, to] = topology.adjOut[i] === 1 ? [v, w] : [w, v];
  return { from: topology.ids[from]!, to: topology.ids[to]!, type: REL_TYPE_NAMES[topology.adjType[i]!]! };
}
