import type { z } from "zod";
import { parseAlternatives, type AlternativeValue, type EntityValue } from "../entity/entity.model.js";
import { REL_TYPE_NAMES, REL_TYPES, type RelType } from "../model/model.relationships.js";
import type { RelationValue } from "./relation.repository.js";

/** A relationship as the RelationshipEdge resolvers see it. */
export interface RelationshipEdgeValue {
  cursor: string;
  type: RelType;
  key: string | null;
  role: string | null;
  title: string | null;
  since: string | null;
  until: string | null;
  date: string | null;
  monthDay: string | null;
  amount: string | null;
  topics: string[];
  occasion: string | null;
  detail: string | null;
  sourceIds: string[];
  alternatives: AlternativeValue[];
  synthetic: boolean;
  uncertain: boolean;
  uncertainty: string | null;
  note: string | null;
  node: EntityValue;
}

/** Every property any relationship type may carry, from the model's schemas. */
export type RelPropKey = { [T in RelType]: keyof z.input<(typeof REL_TYPES)[T]["props"]> }[RelType];

/**
 * The edge field that returns each model property. The compiler refuses a
 * property without its field (a property added to REL_TYPES cannot go
 * unread), and test/unit/relationship-edge-fields.test.ts checks the GraphQL
 * type has every field named here.
 */
export const EDGE_FIELD_OF_PROP = {
  uncertain: "uncertain",
  uncertainty: "uncertainty",
  note: "note",
  synthetic: "synthetic",
  from: "since",
  to: "until",
  role: "role",
  title: "title",
  date: "date",
  monthDay: "monthDay",
  amount: "amount",
  topics: "topics",
  occasion: "occasion",
  detail: "detail",
} as const satisfies Record<RelPropKey, keyof RelationshipEdgeValue>;

/** The relationship types whose schema has the property. */
export function relTypesWithProp(prop: RelPropKey): RelType[] {
  return REL_TYPE_NAMES.filter((t) => prop in REL_TYPES[t].props.shape);
}

/** What the importer stores on every relationship beside the model's properties (import.reader.ts). */
export const EDGE_FIELD_OF_STORED = { key: "key", sources: "sourceIds", alternatives: "alternatives" } as const;

/**
 * Bookkeeping the writer stores on every relationship that is no fact and no
 * edge field: the page key, by which relation pages are read in order
 * (cypher/relations/outgoing.cypher).
 */
export const INTERNAL_REL_PROPS = ["pageKey"] as const;

/** Absent properties: lists and flags have an empty value; everything else is null. */
const EMPTY: Partial<Record<keyof RelationshipEdgeValue, unknown>> = { synthetic: false, uncertain: false, topics: [] };

/** EDGE_FIELD_OF_PROP's entries, listed once rather than for every edge of every page. */
const PROP_FIELDS = Object.entries(EDGE_FIELD_OF_PROP) as [RelPropKey, keyof RelationshipEdgeValue][];

export function toEdge(r: RelationValue, cursor: string): RelationshipEdgeValue {
  const p = r.props;
  const edge: Record<string, unknown> = {
    cursor,
    type: r.type,
    node: r.node,
    key: typeof p.key === "string" ? p.key : null,
    sourceIds: Array.isArray(p.sources) ? p.sources : [],
    alternatives: parseAlternatives(p.alternatives),
  };
  for (const [prop, field] of PROP_FIELDS) edge[field] = p[prop] ?? EMPTY[field] ?? null;
  return edge as unknown as RelationshipEdgeValue;
}
