import { UndirectedGraph } from "graphology";
import eigenvectorModule from "graphology-metrics/centrality/eigenvector.js";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import modularityModule from "graphology-metrics/graph/modularity.js";
import louvainModule from "graphology-communities-louvain";
import { Random } from "../generate/generate.random.js";
import { brandesDependencies } from "./network.brandes.js";

/**
 * These packages are CommonJS whose typings declare `export default`: Node
 * hands an ES import the function itself, TypeScript expects it under .default.
 */
function interop<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}
const eigenvectorCentrality = interop(eigenvectorModule);
const pagerank = interop(pagerankModule);
const modularity = interop(modularityModule);
const louvain = interop(louvainModule);

/**
 * The network metrics, as pure functions of a compact weighted network (no
 * I/O): the worker thread runs them, the unit tests call them directly.
 * graphology-metrics gives PageRank, eigenvector centrality and modularity,
 * graphology-communities-louvain the partition; written here is only what
 * they lack: betweenness that keeps equal weighted paths and samples pivots
 * (network.brandes.ts), the local clustering coefficient, and answers (not
 * exceptions) when an iteration fails to converge.
 */

/** An undirected weighted network: node ids, and each edge as two indices into them and a weight (> 0). */
export interface CompactNetwork {
  nodes: string[];
  /** sources[i] and targets[i] are the ends of edge i. */
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}

export type MetricJob =
  | { kind: "degree" }
  | { kind: "strength" }
  | { kind: "clustering" }
  | { kind: "pagerank"; alpha: number; maxIterations: number; tolerance: number }
  | { kind: "eigenvector"; maxIterations: number; tolerance: number }
  /** Exact up to exactNodes nodes; above, estimated from `pivots` sources drawn with `seed`. */
  | { kind: "betweenness"; exactNodes: number; pivots: number; seed: number }
  | { kind: "communities"; resolution: number; seed: number };

/** How a value series was obtained: converged false (values null) when an iteration gave up. */
export interface Convergence {
  converged: boolean;
  reason: string | null;
}

type Values<K extends string> = { kind: K; values: Float64Array };
type Iterated<K extends string> = { kind: K; values: Float64Array | null } & Convergence;

export type MetricResult =
  | Values<"degree">
  | Values<"strength">
  | Values<"clustering">
  | Iterated<"pagerank">
  | Iterated<"eigenvector">
  | { kind: "betweenness"; values: Float64Array; exact: boolean; pivots: number; seed: number | null }
  | { kind: "communities"; community: Int32Array; count: number; modularity: number; resolution: number; seed: number };

export const DEFAULT_PAGERANK = { alpha: 0.85, maxIterations: 100, tolerance: 1e-6 } as const;
export const DEFAULT_EIGENVECTOR = { maxIterations: 1_000, tolerance: 1e-6 } as const;

type EdgeAttributes = { weight: number };

/** The graphology graph of a compact network: nodes in the given order (indices stay aligned). */
export function toGraph(network: CompactNetwork): UndirectedGraph<Record<string, never>, EdgeAttributes> {
  const graph = new UndirectedGraph<Record<string, never>, EdgeAttributes>();
  for (const id of network.nodes) graph.addNode(id);
  for (let i = 0; i < network.sources.length; i++) {
    graph.addEdge(network.nodes[network.sources[i]!]!, network.nodes[network.targets[i]!]!, { weight: network.weights[i]! });
  }
  return graph;
}

/** Computes each job on one graph built once. */
export function computeMetrics(network: CompactNetwork, jobs: readonly MetricJob[]): MetricResult[] {
  let graph: UndirectedGraph<Record<string, never>, EdgeAttributes> | undefined;
  // Only graphology's own algorithms need its graph: built once, when the first of them asks.
  const graphology = () => (graph ??= toGraph(network));
  return jobs.map((job) => computeOne(network, graphology, job));
}

function computeOne(network: CompactNetwork, graphology: () => UndirectedGraph<Record<string, never>, EdgeAttributes>, job: MetricJob): MetricResult {
  switch (job.kind) {
    case "degree":
      return { kind: "degree", values: degrees(network, false) };
    case "strength":
      return { kind: "strength", values: degrees(network, true) };
    case "clustering":
      return { kind: "clustering", values: clustering(network) };
    case "pagerank":
      return iterative("pagerank", network, job.maxIterations, () => pagerank(graphology(), { getEdgeWeight: "weight", alpha: job.alpha, maxIterations: job.maxIterations, tolerance: job.tolerance }));
    case "eigenvector":
      return iterative("eigenvector", network, job.maxIterations, () => eigenvectorCentrality(graphology(), { getEdgeWeight: "weight", maxIterations: job.maxIterations, tolerance: job.tolerance }));
    case "betweenness":
      return betweenness(network, job);
    case "communities":
      return communities(network, graphology(), job.resolution, job.seed);
  }
}

function degrees(network: CompactNetwork, weighted: boolean): Float64Array {
  const out = new Float64Array(network.nodes.length);
  for (let i = 0; i < network.sources.length; i++) {
    const w = weighted ? network.weights[i]! : 1;
    out[network.sources[i]!]! += w;
    out[network.targets[i]!]! += w;
  }
  return out;
}

/** Neighbour lists by node index. */
function adjacency(network: CompactNetwork): number[][] {
  const adj: number[][] = network.nodes.map(() => []);
  for (let i = 0; i < network.sources.length; i++) {
    adj[network.sources[i]!]!.push(network.targets[i]!);
    adj[network.targets[i]!]!.push(network.sources[i]!);
  }
  return adj;
}

/**
 * The local clustering coefficient (unweighted, as networkx's clustering()):
 * the share of pairs of a node's neighbours that are themselves tied; 0 below
 * two neighbours. graphology-metrics has none.
 */
export function clustering(network: CompactNetwork): Float64Array {
  const adj = adjacency(network);
  const out = new Float64Array(network.nodes.length);
  const mark = new Int32Array(network.nodes.length).fill(-1);
  adj.forEach((neighbours, v) => {
    const k = neighbours.length;
    if (k < 2) return;
    for (const u of neighbours) mark[u] = v;
    let links = 0;
    for (const u of neighbours) for (const w of adj[u]!) if (w > u && mark[w] === v) links++;
    out[v] = (2 * links) / (k * (k - 1));
  });
  return out;
}

/** A graphology power iteration (PageRank, eigenvector), whose failure to converge is an answer rather than an exception. */
function iterative(kind: "pagerank" | "eigenvector", network: CompactNetwork, maxIterations: number, run: () => Record<string, number>): MetricResult {
  if (network.nodes.length === 0) return { kind, values: new Float64Array(0), converged: true, reason: null };
  try {
    return { kind, values: aligned(network, run()), converged: true, reason: null };
  } catch (error) {
    if (!(error instanceof Error) || !/failed to converge/.test(error.message)) throw error;
    return { kind, values: null, converged: false, reason: `the power iteration did not converge within ${maxIterations} iterations` };
  }
}

/** A graphology { id: value } mapping as values in the network's node order. */
function aligned(network: CompactNetwork, byId: Record<string, number>): Float64Array {
  return Float64Array.from(network.nodes, (id) => byId[id] ?? 0);
}

/**
 * Betweenness with weights as distances (1/weight: a pair that shared more
 * events is closer), unnormalised (each unordered pair counted once, as
 * networkx's normalized=False): exact (every node a source) up to
 * exactNodes nodes; above, the Brandes–Pich estimate from `pivots` sources
 * drawn with a fixed seed, each source's dependencies scaled by n/pivots.
 */
function betweenness(network: CompactNetwork, job: { exactNodes: number; pivots: number; seed: number }): MetricResult {
  const n = network.nodes.length;
  if (n <= job.exactNodes || job.pivots >= n) {
    return { kind: "betweenness", values: halved(brandesDependencies(network, Array.from({ length: n }, (_, i) => i)), 1), exact: true, pivots: n, seed: null };
  }
  return { kind: "betweenness", values: sampledBetweenness(network, job.pivots, job.seed), exact: false, pivots: job.pivots, seed: job.seed };
}

/** The Brandes–Pich estimate from `pivots` sources drawn with `seed`. */
export function sampledBetweenness(network: CompactNetwork, pivots: number, seed: number): Float64Array {
  const n = network.nodes.length;
  const sources = new Random(seed).shuffle(Array.from({ length: n }, (_, i) => i)).slice(0, pivots);
  // n/pivots extrapolates the sources drawn to all of them.
  return halved(brandesDependencies(network, sources), n / sources.length);
}

/** Each undirected pair was seen from both ends: half, times the sampling scale. */
function halved(dependencies: Float64Array, scale: number): Float64Array {
  return dependencies.map((d) => (d * scale) / 2);
}

/**
 * Louvain with a seeded random walk (the same network and seed give the same
 * partition), communities numbered by size (0 the largest), ties by their
 * first node; the modularity of the partition at resolution 1 (Newman's).
 */
function communities(network: CompactNetwork, graph: UndirectedGraph<Record<string, never>, EdgeAttributes>, resolution: number, seed: number): MetricResult {
  const n = network.nodes.length;
  if (n === 0) return { kind: "communities", community: new Int32Array(0), count: 0, modularity: 0, resolution, seed };
  const random = new Random(seed);
  const found = louvain.detailed(graph, { getEdgeWeight: "weight", resolution, rng: () => random.float() });
  const raw = Int32Array.from(network.nodes, (id) => found.communities[id] ?? -1);
  const sizes = new Map<number, { size: number; first: number }>();
  raw.forEach((c, i) => {
    const s = sizes.get(c);
    if (s) s.size++;
    else sizes.set(c, { size: 1, first: i });
  });
  const order = [...sizes.entries()].sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first).map(([c]) => c);
  const renumber = new Map(order.map((c, i) => [c, i]));
  const community = raw.map((c) => renumber.get(c)!);
  const q = modularity(graph, { getEdgeWeight: "weight", getNodeCommunity: (node: string) => found.communities[node] ?? -1 });
  return { kind: "communities", community, count: order.length, modularity: q, resolution, seed };
}
