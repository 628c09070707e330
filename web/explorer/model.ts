/**
 * What the view draws, assembled from the API's answers for a ViewState: entities and
 * the edges between them, each edge carrying the relationships (with their sources) or
 * the network weight it stands for. Pure: no DOM, no fetching.
 */
import type { ExplorerNetworkQuery, ExplorerNeighbourhoodQuery, ExplorerNodeFragment, ExplorerPathQuery, ExplorerStepFragment } from "./generated/graphql.js";
import { edgeKey, type ViewState } from "./state.js";

/** A node and an edge of the cooperation network as the API gives them (operations/network.graphql). */
export type NetworkNodeFields = Omit<ExplorerNetworkQuery["cooperationNetwork"]["nodes"][number], "node">;
export type NetworkEdgeFields = ExplorerNetworkQuery["cooperationNetwork"]["edges"][number];

export interface ViewNode {
  id: string;
  entity: ExplorerNodeFragment;
  /** Its metrics in the cooperation network, where it came from there. */
  network: NetworkNodeFields | null;
  /** Expanded (its neighbourhood drawn) and how many of its neighbours are not shown. */
  expanded: boolean;
  more: number;
  /** The "more" count reached the look-up's ceiling: at least this many. */
  moreAtLeast: boolean;
  onPath: boolean;
  /** The entity whose expansion brought it in, for placing it near there. */
  near: string | null;
}

export interface ViewEdge {
  key: string;
  a: string;
  b: string;
  /** Shared events in the cooperation network; null for an edge of relationships only. */
  weight: number | null;
  /** The network's edge (weight and whatever else the API says of it); null when not in the network. */
  network: NetworkEdgeFields | null;
  steps: ExplorerStepFragment[];
  onPath: boolean;
}

export interface ViewModel {
  nodes: Map<string, ViewNode>;
  edges: Map<string, ViewEdge>;
  network: { totalNodes: number; totalEdges: number; truncated: boolean } | null;
  path: NonNullable<ExplorerPathQuery["shortestPath"]> | null;
  /** The path was asked for and there is none within the hop limit. */
  noPath: boolean;
}

export interface Answers {
  expansions: (ExplorerNeighbourhoodQuery | null)[];
  network: ExplorerNetworkQuery | null;
  path: ExplorerPathQuery | null;
}

export function buildModel(state: ViewState, answers: Answers): ViewModel {
  const removed = new Set(state.removed);
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewEdge>();
  const addNode = (entity: ExplorerNodeFragment, near: string | null): ViewNode | null => {
    if (removed.has(entity.id)) return null;
    let n = nodes.get(entity.id);
    if (!n) {
      n = { id: entity.id, entity, network: null, expanded: false, more: 0, moreAtLeast: false, onPath: false, near };
      nodes.set(entity.id, n);
    }
    return n;
  };
  const edgeFor = (a: string, b: string): ViewEdge => {
    const key = edgeKey(a, b);
    let e = edges.get(key);
    if (!e) {
      e = { key, a: a < b ? a : b, b: a < b ? b : a, weight: null, network: null, steps: [], onPath: false };
      edges.set(key, e);
    }
    return e;
  };
  const addStep = (step: ExplorerStepFragment): ViewEdge | null => {
    if (!nodes.has(step.from) || !nodes.has(step.to) || step.from === step.to) return null;
    const e = edgeFor(step.from, step.to);
    if (!e.steps.some((s) => sameStep(s, step))) e.steps.push(step);
    return e;
  };

  const net = answers.network?.cooperationNetwork ?? null;
  if (net) {
    for (const { node, ...metrics } of net.nodes) {
      const v = addNode(node, null);
      if (v) v.network = metrics;
    }
    for (const e of net.edges) {
      if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
      const edge = edgeFor(e.source, e.target);
      edge.weight = e.weight;
      edge.network = e;
    }
  }

  state.expansions.forEach((exp, i) => {
    const answer = answers.expansions[i];
    if (!answer || removed.has(exp.id)) return;
    for (const n of answer.shown.nodes) addNode(n.node, n.level === 0 ? null : exp.id);
    const centre = nodes.get(exp.id);
    if (centre) {
      centre.expanded = true;
      const all = answer.all.nodes.length;
      centre.more = Math.max(0, all - answer.shown.nodes.length);
      centre.moreAtLeast = all >= 101;
    }
  });
  // Relationships after every node is known, so an expansion's edges to entities
  // brought in by another expansion are drawn too.
  for (const answer of answers.expansions) for (const step of answer?.shown.relationships ?? []) addStep(step);

  const path = answers.path?.shortestPath ?? null;
  if (path) {
    path.nodes.forEach((entity, i) => {
      const v = addNode(entity, i > 0 ? (path.nodes[i - 1]?.id ?? null) : null);
      if (v) v.onPath = true;
    });
    for (const step of path.steps) {
      const e = addStep(step);
      if (e) e.onPath = true;
    }
  }

  return {
    nodes,
    edges,
    network: net ? { totalNodes: net.totalNodes, totalEdges: net.totalEdges, truncated: net.truncated } : null,
    path,
    noPath: state.path !== null && answers.path !== null && path === null,
  };
}

function sameStep(a: ExplorerStepFragment, b: ExplorerStepFragment): boolean {
  return a.type === b.type && a.from === b.from && a.to === b.to && a.role === b.role && a.title === b.title;
}
