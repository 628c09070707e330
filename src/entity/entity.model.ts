import { COUNT_ATTENDANCE, EVENT_COUNTS, type CountAttendance } from "../model/model.enums.js";
import { LABELS, type Label } from "../model/model.labels.js";

/** A value on a record that another source states differently. */
export interface AlternativeValue {
  prop: string;
  value: string;
  qualifier: string | null;
  /** For a count: what this source counts, where it says so. */
  scope: string | null;
  sources: string[];
}

/** One part of a count split by attendance ("24 in person"). */
export interface CountPartValue {
  attendance: CountAttendance;
  value: number;
  qualifier: string | null;
}

/** A count as the source states it, with its parts where the source splits it. */
export interface StatedCountValue {
  name: string;
  value: number;
  /** False when the source gives only the parts and value is their sum. */
  valueStated: boolean;
  qualifier: string | null;
  scope: string | null;
  parts: CountPartValue[];
}

/** An entity as resolvers see it: its properties plus what GraphQL needs to type it. */
export interface EntityValue {
  id: string;
  __typename: Label;
  sources: string[];
  synthetic: boolean;
  uncertain: boolean;
  alternatives: AlternativeValue[];
  [prop: string]: unknown;
}

export interface EntityRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

const KNOWN = new Set<string>(LABELS);

/** What the importer stores on every entity beside the model's properties (import.reader.ts), each read by the field of its name. */
export const ENTITY_STORED_PROPS = ["sources", "alternatives"] as const;

/** Turns a row of (id, labels, props) into an EntityValue; alternatives are stored as JSON. */
export function toEntity(row: EntityRow): EntityValue {
  const label = row.labels.find((l) => KNOWN.has(l)) as Label | undefined;
  if (!label) throw new Error(`entity ${row.id} has no known label (${row.labels.join(", ")})`);
  const props = row.props;
  // Copied key by key: on Node 20 an object literal spreading props and then
  // setting these fields took about 9 µs per entity (a slow path of V8's), a
  // fifth of the Node time of a nested page; this loop takes well under 0.1 µs.
  const entity: Record<string, unknown> = {};
  for (const key of Object.keys(props)) entity[key] = props[key];
  entity.id = row.id;
  entity.__typename = label;
  entity.sources = Array.isArray(props.sources) ? (props.sources as string[]) : [];
  entity.synthetic = props.synthetic === true;
  entity.uncertain = props.uncertain === true;
  entity.alternatives = parseAlternatives(props.alternatives);
  // List fields are non-null in the schema; a record without them has none.
  entity.outcomes = (props.outcomes as string[] | undefined) ?? [];
  entity.topics = (props.topics as string[] | undefined) ?? [];
  entity.aliases = (props.aliases as string[] | undefined) ?? [];
  // Only events have counts (Event.counts); other entities skip the work.
  entity.counts = label === "Event" ? statedCounts(props) : [];
  return entity as EntityValue;
}

/**
 * Event counts as stored (delegates, delegatesQualifier, delegatesScope, and
 * the parts delegatesInPerson, delegatesOnline... with their qualifiers)
 * gathered into a list. A count the source gives only in parts gets their sum
 * as value, marked valueStated false, exact only if every part is.
 */
function statedCounts(props: Record<string, unknown>): StatedCountValue[] {
  const str = (key: string) => (props[key] as string | undefined) ?? null;
  const counts: StatedCountValue[] = [];
  for (const { name, qualifierKey, scopeKey, partKeys } of COUNT_KEYS) {
    const parts: CountPartValue[] = [];
    for (const { attendance, key, qualifierKey: partQualifierKey } of partKeys) {
      if (typeof props[key] === "number") parts.push({ attendance, value: props[key], qualifier: str(partQualifierKey) });
    }
    if (typeof props[name] === "number") {
      counts.push({ name, value: props[name], valueStated: true, qualifier: str(qualifierKey), scope: str(scopeKey), parts });
    } else if (parts.length > 0) {
      const exact = parts.every((p) => p.qualifier === "exactly");
      counts.push({ name, value: parts.reduce((sum, p) => sum + p.value, 0), valueStated: false, qualifier: exact ? "exactly" : null, scope: str(scopeKey), parts });
    }
  }
  return counts;
}

/** The property names statedCounts reads, made once: building them for every event read cost more than the rest of toEntity. */
const COUNT_KEYS = EVENT_COUNTS.map((name) => ({
  name,
  qualifierKey: `${name}Qualifier`,
  scopeKey: `${name}Scope`,
  partKeys: (Object.entries(COUNT_ATTENDANCE) as [CountAttendance, string][]).map(([attendance, suffix]) => ({ attendance, key: `${name}${suffix}`, qualifierKey: `${name}${suffix}Qualifier` })),
}));

/** Alternatives are stored as one JSON string property (Neo4j has no list of maps). */
export function parseAlternatives(raw: unknown): AlternativeValue[] {
  if (typeof raw !== "string") return [];
  const list = JSON.parse(raw) as { prop: string; value: unknown; qualifier?: string; scope?: string; sources: string[] }[];
  return list.map((a) => ({ prop: a.prop, value: String(a.value), qualifier: a.qualifier ?? null, scope: a.scope ?? null, sources: a.sources }));
}
