import { EVENT_COUNTS } from "../model/model.enums.js";
import { LABELS, type Label } from "../model/model.labels.js";

/** A value on a record that another source states differently. */
export interface AlternativeValue {
  prop: string;
  value: string;
  qualifier: string | null;
  sources: string[];
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

/** Turns a row of (id, labels, props) into an EntityValue; alternatives are stored as JSON. */
export function toEntity(row: EntityRow): EntityValue {
  const label = row.labels.find((l) => KNOWN.has(l)) as Label | undefined;
  if (!label) throw new Error(`entity ${row.id} has no known label (${row.labels.join(", ")})`);
  const props = row.props;
  return {
    ...props,
    id: row.id,
    __typename: label,
    sources: Array.isArray(props.sources) ? (props.sources as string[]) : [],
    synthetic: props.synthetic === true,
    uncertain: props.uncertain === true,
    alternatives: parseAlternatives(props.alternatives),
    // List fields are non-null in the schema; a record without them has none.
    outcomes: (props.outcomes as string[] | undefined) ?? [],
    topics: (props.topics as string[] | undefined) ?? [],
    aliases: (props.aliases as string[] | undefined) ?? [],
    counts: statedCounts(props),
  };
}

/** Event counts as stored (delegates, delegatesQualifier, delegatesScope...) gathered into a list. */
function statedCounts(props: Record<string, unknown>): { name: string; value: number; qualifier: string | null; scope: string | null }[] {
  return EVENT_COUNTS.filter((name) => typeof props[name] === "number").map((name) => ({
    name,
    value: props[name] as number,
    qualifier: (props[`${name}Qualifier`] as string | undefined) ?? null,
    scope: (props[`${name}Scope`] as string | undefined) ?? null,
  }));
}

/** Alternatives are stored as one JSON string property (Neo4j has no list of maps). */
export function parseAlternatives(raw: unknown): AlternativeValue[] {
  if (typeof raw !== "string") return [];
  const list = JSON.parse(raw) as { prop: string; value: unknown; qualifier?: string; sources: string[] }[];
  return list.map((a) => ({ prop: a.prop, value: String(a.value), qualifier: a.qualifier ?? null, sources: a.sources }));
}
