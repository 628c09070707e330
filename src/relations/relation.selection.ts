import { Kind, type FieldNode, type SelectionSetNode } from "graphql";
import type { SelectionInfo } from "../graphql/selection.js";
import { relationFields } from "../model/model.fields.js";
import { ENTITY_STORED_PROPS } from "../entity/entity.model.js";
import { LABELS, NODE_PROPS } from "../model/model.labels.js";
import { EDGE_FIELD_OF_PROP, EDGE_FIELD_OF_STORED } from "./relation.edge.js";

/**
 * Which stored properties of the entities at the other end a relation page
 * must read, from what the operation selects of them: a nested page that
 * shows a member's name should not carry every member's notes and sources
 * from Neo4j through the driver. Null means every property.
 *
 * A field of an entity type is one of: its id or __typename (no property);
 * a relation field (read by its own page, from the id); a stored property of
 * the same name (the GraphQL types read them as they are, toEntity only
 * defaults lists and flags); or anything else, which reads every property so
 * that a field computed from several of them (Event.counts) is never short.
 */
export type NodeProps = readonly string[] | null;

const NO_PROPERTY = new Set(["id", "__typename"]);
/** Fields named otherwise than the property they show. */
const RENAMED: Readonly<Record<string, string>> = { sourceIds: "sources" };
/** Every relation field's name (connection or link), on any label. */
export const RELATION_FIELD_NAMES: ReadonlySet<string> = new Set(LABELS.flatMap((l) => relationFields(l).flatMap((f) => (f.single ? [f.name, f.single.name] : [f.name]))));
const STORED = new Set([...LABELS.flatMap((l) => Object.keys(NODE_PROPS[l].shape)), ...ENTITY_STORED_PROPS]);

/** The properties to read for the entities selected at `path` below the field being resolved (["edges", "node"] for a connection, [] for a link). */
export function selectedNodeProps(info: SelectionInfo, path: readonly string[]): NodeProps {
  const props = new Set<string>();
  for (const field of selectedFields(info, path)) {
    const name = field.name.value;
    if (NO_PROPERTY.has(name) || RELATION_FIELD_NAMES.has(name)) continue;
    const prop = RENAMED[name] ?? name;
    if (!STORED.has(prop)) return null;
    props.add(prop);
  }
  return [...props].sort();
}

/** The relationship properties to read for a page; null for all of them. */
export type EdgeProps = readonly string[] | null;

/** Edge fields that read no property: the cursor is the page position, type and node come with every row. */
const EDGE_NO_PROPERTY = new Set(["cursor", "type", "node", "__typename"]);
/** The stored property behind each edge field (sources resolves the ids the sources property holds). */
const EDGE_PROP_OF_FIELD: Readonly<Record<string, string>> = Object.fromEntries([
  ...Object.entries(EDGE_FIELD_OF_PROP).map(([prop, field]) => [field, prop]),
  ...Object.entries(EDGE_FIELD_OF_STORED).map(([prop, field]) => [field, prop]),
  ["sources", "sources"],
]);

/**
 * The relationship properties a page must read, from the edge fields the
 * operation selects at `path` (["edges"] for a connection): a nested page that
 * shows a participant's role should not carry every participation's sources.
 * A field this does not know reads every property.
 */
export function selectedEdgeProps(info: SelectionInfo, path: readonly string[]): EdgeProps {
  const props = new Set<string>();
  for (const field of selectedFields(info, path)) {
    const name = field.name.value;
    if (EDGE_NO_PROPERTY.has(name)) continue;
    const prop = EDGE_PROP_OF_FIELD[name];
    if (prop === undefined) return null;
    props.add(prop);
  }
  return [...props].sort();
}

/** The fields selected at `path` below the field being resolved. */
function selectedFields(info: SelectionInfo, path: readonly string[]): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const node of info.fieldNodes) if (node.selectionSet) collect(node.selectionSet, path, info, new Set(), fields);
  return fields;
}

/** The fields selected at `path` (through fragments and inline fragments of any type condition). */
function collect(set: SelectionSetNode, path: readonly string[], info: SelectionInfo, seen: Set<string>, out: FieldNode[]): void {
  const [head, ...rest] = path;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (head === undefined) out.push(selection);
      else if (selection.name.value === head && selection.selectionSet) collect(selection.selectionSet, rest, info, seen, out);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, path, info, seen, out);
    } else {
      const name = selection.name.value;
      const fragment = info.fragments[name];
      // A fragment spread twice at one level adds nothing the first did not.
      if (!fragment || seen.has(`${name}@${path.join(".")}`)) continue;
      seen.add(`${name}@${path.join(".")}`);
      collect(fragment.selectionSet, path, info, seen, out);
    }
  }
}
