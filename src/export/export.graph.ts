import type { NeighbourhoodValue, NetworkEdgeValue, NetworkNodeValue, NetworkValue, PathStepValue, PathValue } from "../analysis/analysis.model.js";
import type { EntityValue } from "../entity/entity.model.js";
import { FIRST_DATE, LAST_DATE, SOURCES, type AttributeSpec, type Attributes, type ExportEdge, type ExportGraph, type ExportNode, type ExportSource } from "./export.model.js";

/**
 * Turns what the analyses answer into the export graph every writer reads.
 * Nodes carry their entity's type, kind, flags and sources; co-participation
 * edges their weight, and, where the analysis gives them, their first and last
 * dates, weight per year and the sources behind the weight; relationship edges
 * (neighbourhood, path) their type, role, title and sources.
 */

/** A co-participation edge as the network analysis gives it: weight, dates, weight per year, the sources behind the weight. */
export type NetworkEdgeInput = NetworkEdgeValue;

/** What the network export keeps of a network answer. */
export interface NetworkInput {
  nodes: readonly NetworkNodeValue[];
  edges: readonly NetworkEdgeInput[];
}

/** The label of a co-participation edge (GEXF label, Cytoscape interaction, CSV label). */
export const COOPERATES = "COOPERATES_WITH";

const ENTITY_ATTRIBUTES: AttributeSpec[] = [
  { name: "type", type: "string" },
  { name: "kind", type: "string" },
  { name: "iso3", type: "string" },
  { name: "synthetic", type: "boolean" },
  { name: "uncertain", type: "boolean" },
  { name: SOURCES, type: "liststring" },
  { name: FIRST_DATE, type: "string" },
  { name: LAST_DATE, type: "string" },
];

/** The weight of one year, as an attribute of its own: `weight_2019`. */
export function yearAttribute(year: number | string): string {
  return `weight_${year}`;
}

/** What a drawing shows for an entity. */
export function displayName(entity: EntityValue | undefined, id: string): string {
  for (const key of ["name", "title", "code"]) {
    const value = entity?.[key];
    if (typeof value === "string" && value.trim()) return value;
  }
  return id;
}

function text(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** An entity's own attributes; an event's or programme's dates are its span. */
function entityAttributes(entity: EntityValue | undefined): Attributes {
  const start = text(entity?.startDate);
  return {
    type: entity?.__typename ?? null,
    kind: text(entity?.kind),
    iso3: text(entity?.iso3),
    synthetic: entity?.synthetic ?? null,
    uncertain: entity?.uncertain ?? null,
    [SOURCES]: entity?.sources ?? [],
    [FIRST_DATE]: start,
    [LAST_DATE]: text(entity?.endDate) ?? start,
  };
}

function node(id: string, entities: ReadonlyMap<string, EntityValue>, extra: Attributes): ExportNode {
  const entity = entities.get(id);
  return { id, label: displayName(entity, id), attributes: { ...entityAttributes(entity), ...extra } };
}

/** The properties an entity stores, for the JSON lines export (GraphQL's derived fields left out). */
function properties(entity: EntityValue): Record<string, unknown> {
  const { __typename: _type, counts: _counts, sources: _sources, ...rest } = entity;
  return rest;
}

function sourceOf(entity: EntityValue): ExportSource {
  return { id: entity.id, title: text(entity.title), publisher: text(entity.publisher), published: text(entity.published), url: text(entity.url), kind: text(entity.kind) };
}

/** The sources of the JSON lines export, by id. */
export function sourceMap(sources: readonly EntityValue[]): Map<string, ExportSource> {
  return new Map(sources.map((s) => [s.id, sourceOf(s)]));
}

/** Adds the nodes' entity properties (for the JSON lines); the sources are filled in by whoever read them. */
function finish(base: Omit<ExportGraph, "entities" | "sources">, entities: ReadonlyMap<string, EntityValue>): ExportGraph {
  const props = new Map<string, Record<string, unknown>>();
  for (const n of base.nodes) {
    const entity = entities.get(n.id);
    if (entity) props.set(n.id, properties(entity));
  }
  return { ...base, entities: props, sources: new Map() };
}

/** Every source id the nodes and edges cite, once each, in first-seen order. */
export function citedSources(nodes: readonly ExportNode[], edges: readonly ExportEdge[]): string[] {
  const ids = new Set<string>();
  for (const element of [...nodes, ...edges]) {
    const cited = element.attributes[SOURCES];
    if (Array.isArray(cited)) for (const id of cited) ids.add(id);
  }
  return [...ids];
}

/** The earliest first date and the latest last date of a node's edges, string order being date order. */
function spanOf(edges: readonly NetworkEdgeInput[]): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  for (const e of edges) {
    if (e.firstDate && (first === null || e.firstDate < first)) first = e.firstDate;
    // "2019" ends after "2019-12-31": compare each date's last day, which "~" stands for (src/graphql/period.ts).
    if (e.lastDate && (last === null || `${e.lastDate}~` > `${last}~`)) last = e.lastDate;
  }
  return { first, last };
}

export interface NetworkParts {
  nodes: ExportNode[];
  edges: ExportEdge[];
  nodeAttributes: AttributeSpec[];
  edgeAttributes: AttributeSpec[];
}

/**
 * A cooperation network's nodes and edges. A node's degree and strength are
 * the network's (the whole filtered network, as cooperationNetwork gives
 * them), its span that of its edges; an organization folded into a member is
 * listed under the member's `folded`.
 */
export function networkParts(network: NetworkInput, entities: ReadonlyMap<string, EntityValue>): NetworkParts {
  const years = [...new Set(network.edges.flatMap((e) => (e.weightByYear ?? []).map((w) => String(w.year))))].sort();
  const byNode = new Map<string, NetworkEdgeInput[]>();
  for (const e of network.edges) {
    for (const end of [e.source, e.target]) {
      const list = byNode.get(end);
      if (list) list.push(e);
      else byNode.set(end, [e]);
    }
  }
  const nodes = network.nodes.map((n) => {
    const span = spanOf(byNode.get(n.id) ?? []);
    return node(n.id, entities, {
      degree: n.degree,
      strength: n.strength,
      folded: n.via.map((tie) => tie.organizationId),
      [FIRST_DATE]: span.first,
      [LAST_DATE]: span.last,
    });
  });
  const edges = network.edges.map((e): ExportEdge => {
    const perYear = Object.fromEntries((e.weightByYear ?? []).map((w) => [yearAttribute(w.year), w.weight]));
    return {
      id: `${e.source}--${e.target}`,
      source: e.source,
      target: e.target,
      label: COOPERATES,
      weight: e.weight,
      attributes: { [SOURCES]: [...(e.sources ?? [])], [FIRST_DATE]: e.firstDate ?? null, [LAST_DATE]: e.lastDate ?? null, ...perYear },
    };
  });
  return {
    nodes,
    edges,
    nodeAttributes: [...ENTITY_ATTRIBUTES, { name: "degree", type: "integer" }, { name: "strength", type: "integer" }, { name: "folded", type: "liststring" }],
    edgeAttributes: [
      { name: SOURCES, type: "liststring" },
      { name: FIRST_DATE, type: "string" },
      { name: LAST_DATE, type: "string" },
      ...years.map((y): AttributeSpec => ({ name: yearAttribute(y), type: "integer", defaultValue: 0 })),
    ],
  };
}

/** The part of a network around one actor: it, the actors that share an edge with it, and every edge among them. */
export function egoNetwork(network: NetworkInput, id: string): NetworkInput {
  const members = new Set([id]);
  for (const e of network.edges) {
    if (e.source === id) members.add(e.target);
    if (e.target === id) members.add(e.source);
  }
  return {
    nodes: network.nodes.filter((n) => members.has(n.id)),
    edges: network.edges.filter((e) => members.has(e.source) && members.has(e.target)),
  };
}

export function networkGraph(kind: string, network: NetworkInput | NetworkValue, entities: ReadonlyMap<string, EntityValue>): ExportGraph {
  return finish({ kind, description: "", directed: false, ...networkParts(network, entities) }, entities);
}

/** Relationship edges, each in its own direction; a second relationship of the same type between the same ends gets a suffix. */
function relationshipEdges(steps: readonly PathStepValue[]): ExportEdge[] {
  const seen = new Map<string, number>();
  return steps.map((s) => {
    const base = `${s.from}-${s.type}->${s.to}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      id: n === 0 ? base : `${base}#${n + 1}`,
      source: s.from,
      target: s.to,
      label: s.type,
      attributes: { type: s.type, role: s.role, title: s.title, [SOURCES]: [...s.sources] },
    };
  });
}

const RELATIONSHIP_ATTRIBUTES: AttributeSpec[] = [
  { name: "type", type: "string" },
  { name: "role", type: "string" },
  { name: "title", type: "string" },
  { name: SOURCES, type: "liststring" },
];

/** An entity's neighbourhood: each node with its level (hops from the centre), every relationship among them. */
export function neighbourhoodGraph(value: NeighbourhoodValue, entities: ReadonlyMap<string, EntityValue>): ExportGraph {
  const nodes = value.nodes.map((n) => node(n.id, entities, { level: n.level }));
  return finish(
    {
      kind: "neighbourhood",
      description: "",
      directed: true,
      nodeAttributes: [...ENTITY_ATTRIBUTES, { name: "level", type: "integer" }],
      edgeAttributes: RELATIONSHIP_ATTRIBUTES,
      nodes,
      edges: relationshipEdges(value.relationships),
    },
    entities,
  );
}

/** A shortest path: each node with its position (0 at `from`), each relationship in its own direction. */
export function pathGraph(value: PathValue, entities: ReadonlyMap<string, EntityValue>): ExportGraph {
  const nodes = value.nodeIds.map((id, position) => node(id, entities, { position }));
  return finish(
    {
      kind: "path",
      description: "",
      directed: true,
      nodeAttributes: [...ENTITY_ATTRIBUTES, { name: "position", type: "integer" }],
      edgeAttributes: RELATIONSHIP_ATTRIBUTES,
      nodes,
      edges: relationshipEdges(value.steps),
    },
    entities,
  );
}
