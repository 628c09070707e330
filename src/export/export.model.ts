/**
 * The one shape every export writer reads: a graph of nodes and edges with
 * typed attributes, built by export.graph.ts from what the analyses answer.
 * Writers never look at entities or analysis values themselves, so the five
 * formats cannot disagree about what a node or an edge carries.
 */

/** The value types an attribute can take; each format maps them to its own (GEXF types, GraphML attr.type). */
export type AttributeType = "string" | "integer" | "double" | "boolean" | "liststring";

export type AttributeValue = string | number | boolean | string[];

export interface AttributeSpec {
  /** The attribute's name: a GEXF attribute id and title, a GraphML attr.name, a CSV column, a Cytoscape data key. */
  name: string;
  type: AttributeType;
  /** Declared as the attribute's default (GEXF, GraphML) so that writers may leave it out where it holds. */
  defaultValue?: AttributeValue;
}

/** A node's or edge's values by attribute name; a missing name (or null) is "no value". */
export type Attributes = Record<string, AttributeValue | null | undefined>;

export interface ExportNode {
  id: string;
  /** What a drawing shows: the entity's name, title or code. */
  label: string;
  /** By attribute name (sources, firstDate and lastDate among them); a missing name (or null) is "no value". */
  attributes: Attributes;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  /** The relationship type, or "COOPERATES_WITH" for a co-participation edge. */
  label: string;
  /** Shared events for a co-participation edge; absent for a plain relationship. */
  weight?: number;
  attributes: Attributes;
}

/** A Source entity as the JSON lines export spells it out. */
export interface ExportSource {
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  kind: string | null;
}

/** The properties of an entity as stored, for the JSON lines export. */
export type EntityProperties = Record<string, unknown>;

export interface ExportGraph {
  /** Which export: network, neighbourhood, path or ego. */
  kind: string;
  /** One line saying what it holds and with which filter (GEXF description, GraphML comment, Cytoscape name); set by the route. */
  description: string;
  directed: boolean;
  nodeAttributes: AttributeSpec[];
  edgeAttributes: AttributeSpec[];
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** The entities behind the nodes (JSON lines), by id. */
  entities: Map<string, EntityProperties>;
  /** The sources the nodes and edges cite (JSON lines), by id; a cited id missing here is printed as the id alone. */
  sources: Map<string, ExportSource>;
}

/**
 * Attributes with a meaning of their own: every node and edge has SOURCES (the
 * ids of the Source entities that state it; for a co-participation edge, those
 * behind its weight), and FIRST_DATE / LAST_DATE (partial ISO dates) where its
 * time span is known, which GEXF also writes as a spell.
 */
export const SOURCES = "sources";
export const FIRST_DATE = "firstDate";
export const LAST_DATE = "lastDate";

/** A node's or edge's sources (never absent: an element without any has []). */
export function sourcesOf(attributes: Attributes): string[] {
  const value = attributes[SOURCES];
  return Array.isArray(value) ? value : [];
}
