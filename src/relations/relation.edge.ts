import type { z } from "zod";
import { parseAlternatives, type AlternativeValue, type EntityValue } from "../entity/entity.model.js";
import { encodeCursor } from "../graphql/cursor.js";
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

/** The edge fields read from a model property, each with its property. */
type PropField = (typeof EDGE_FIELD_OF_PROP)[RelPropKey];

/**
 * An edge whose fields are worked out from the relationship when graphql-js
 * reads them (its default resolver reads the property, so a getter runs only
 * for a selected field): a nested page's hundreds of edges mostly select one
 * or two of their twenty fields; building them all, the cursor's JSON and
 * base64 among them, cost about 4% of a nested request's Node time.
 */
class LazyEdge {
  constructor(
    private readonly r: RelationValue,
    private readonly kind: string,
    private readonly position: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.kind, this.position);
  }
  get type(): RelType {
    return this.r.type;
  }
  get node(): EntityValue {
    return this.r.node;
  }
  get key(): string | null {
    return typeof this.r.props.key === "string" ? this.r.props.key : null;
  }
  get sourceIds(): string[] {
    return Array.isArray(this.r.props.sources) ? (this.r.props.sources as string[]) : [];
  }
  get alternatives(): AlternativeValue[] {
    return parseAlternatives(this.r.props.alternatives);
  }
  /** A model property's field: the stored value, or its empty value when absent. */
  prop(prop: RelPropKey): unknown {
    return this.r.props[prop] ?? EMPTY[EDGE_FIELD_OF_PROP[prop]] ?? null;
  }

  /** Every field, as a plain object (logs, tests). */
  toJSON(): Record<string, unknown> {
    const plain: Record<string, unknown> = { cursor: this.cursor, type: this.type, node: this.node, key: this.key, sourceIds: this.sourceIds, alternatives: this.alternatives };
    for (const [prop, field] of PROP_FIELDS) plain[field] = this.prop(prop);
    return plain;
  }
}

const PROP_FIELDS = Object.entries(EDGE_FIELD_OF_PROP) as [RelPropKey, PropField][];
for (const [prop, field] of PROP_FIELDS) {
  Object.defineProperty(LazyEdge.prototype, field, {
    get(this: LazyEdge) {
      return this.prop(prop);
    },
  });
}

/** The edge of a page's relationship at `position` (its cursor's offset in the parent's list, of this kind of list). */
export function toEdge(r: RelationValue, kind: string, position: number): RelationshipEdgeValue {
  // The getters defined above give every field of RelationshipEdgeValue; the unit test reads each.
  return new LazyEdge(r, kind, position) as unknown as RelationshipEdgeValue;
}
