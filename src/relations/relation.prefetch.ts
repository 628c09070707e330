import { getArgumentValues, Kind, type FieldNode, type GraphQLField, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { selects, type SelectionInfo } from "../graphql/selection.js";
import { relationFields, type AnyRelationField } from "../model/model.fields.js";
import { LABELS, labelOfValidId, type Label } from "../model/model.labels.js";
import type { RelType } from "../model/model.relationships.js";
import { CHAINS, ROOTED, sameChain, type Chain, type ChainLevel } from "./relation.chains.js";
import { connectionRead, linkSpec } from "./relation.fields.js";
import type { PagesBelow, Rooted } from "./relation.loaders.js";
import type { RelationSpec } from "./relation.repository.js";
import { RELATION_FIELD_NAMES, selectedEdgeProps, selectedNodeProps } from "./relation.selection.js";
import type { LinkArgs, RelationArgs } from "./relation.type.js";

/**
 * The pages an operation asks for below the page of the relation field being
 * resolved, when they make a declared chain (relation.chains.ts): level by
 * level, the only relation field selected on the entities of the level above,
 * with its arguments and selection worked out as its own resolver will work
 * them out (connectionRead, linkSpec, the same selection helpers), so its
 * spec, and so its loader, is the one that resolver asks.
 *
 * Anything this does not follow (two relation fields side by side, a field of
 * several types, a directive, a fragment on an interface, a cursor it cannot
 * read) ends the chain there: the fields below are then read as they always
 * are. A page read this way that no field asks for is only work wasted, never
 * a wrong answer, so the rules lean towards stopping.
 */
export function pagesBelow(info: GraphQLResolveInfo, field: AnyRelationField): PagesBelow | undefined {
  const top = singleType(field);
  if (!top) return undefined;
  const levels: ChainLevel[] = [{ direction: field.direction, type: top }];
  const specs: RelationSpec[] = [];
  let at: SelectionInfo = info;
  let path: readonly string[] = ["edges", "node"];
  let label: Label | undefined;
  while (CHAINS.some((c) => c.length > levels.length && startsWith(c, levels))) {
    const below = onlyRelationField(at, path, label);
    if (!below) break;
    const type = singleType(below.field);
    if (!type) break;
    const level: ChainLevel = { direction: below.field.direction, type };
    if (!CHAINS.some((c) => startsWith(c, [...levels, level]))) break;
    const spec = specOf(info, below);
    if (!spec) break;
    levels.push(level);
    specs.push(spec);
    at = { fieldNodes: [below.node], fragments: info.fragments };
    // A link's value is the entity itself, of its one label; a connection's entities are under edges.node, of any label.
    path = below.link ? [] : ["edges", "node"];
    label = below.link ? below.field.single?.label : undefined;
  }
  for (let n = levels.length; n >= 2; n--) {
    const chain = CHAINS.find((c) => c.length === n && startsWith(c, levels));
    if (chain) return { chain, specs: specs.slice(0, n - 1) };
  }
  return undefined;
}

/**
 * What an entity looked up by id (`node(id:)`, whose `info` this is) can be
 * read with: the page of the one relation field the operation selects on it,
 * in a fragment on the id's label, and the pages below that pagesBelow
 * follows, when they make a rooted shape (relation.chains.ts ROOTED). The same
 * rules as pagesBelow's; a link (Member.region) is not followed from here.
 */
export function rootedRead(info: GraphQLResolveInfo, id: string): Rooted | undefined {
  const label = labelOfValidId(id);
  const found = label && onlyRelationField(info, [], undefined, label);
  if (!found || found.link) return undefined;
  const type = singleType(found.field);
  const spec = type && specOf(info, found);
  if (!type || !spec) return undefined;
  const below = pagesBelow({ ...info, fieldNodes: [found.node] }, found.field);
  const chain = below?.chain ?? [{ direction: found.field.direction, type }];
  if (!ROOTED.some((c) => sameChain(c, chain))) return undefined;
  return { chain, specs: [spec, ...(below?.specs ?? [])] };
}

interface Found {
  node: FieldNode;
  label: Label;
  field: AnyRelationField;
  /** The field is the link (Member.region), not the connection (Member.regionMemberships). */
  link: boolean;
}

/**
 * The one relation field selected at `path` (as a connection or as a link), or
 * undefined when there are none, several, or a directive. With `only`, the
 * fields of fragments on other labels are left out (an entity of that label
 * never resolves them).
 */
function onlyRelationField(at: SelectionInfo, path: readonly string[], label: Label | undefined, only?: Label): Found | undefined {
  const fields: { node: FieldNode; label: string | undefined }[] = [];
  for (const node of at.fieldNodes) {
    if (node.selectionSet && !collect(node.selectionSet, path, label, at, new Set(), fields)) return undefined;
  }
  const found: Found[] = [];
  for (const { node, label: on } of fields) {
    const name = node.name.value;
    if (on === undefined || !isLabel(on)) {
      // A relation field outside a fragment on a known label ends the chain.
      if (RELATION_FIELD_NAMES.has(name)) return undefined;
      continue;
    }
    if (only !== undefined && on !== only) continue;
    const field = relationFields(on).find((f) => f.name === name || f.single?.name === name);
    if (field) found.push({ node, label: on, field, link: field.name !== name });
  }
  return found.length === 1 ? found[0] : undefined;
}

const isLabel = (name: string): name is Label => (LABELS as readonly string[]).includes(name);

/**
 * The fields selected at `path`, each with the type its fragment names (or
 * `label`, the type of the selection itself); false when a directive appears
 * on the way, since this does not evaluate them.
 */
function collect(set: SelectionSetNode, path: readonly string[], label: string | undefined, at: SelectionInfo, seen: Set<string>, out: { node: FieldNode; label: string | undefined }[]): boolean {
  const [head, ...rest] = path;
  for (const selection of set.selections) {
    if (selection.directives && selection.directives.length > 0) return false;
    if (selection.kind === Kind.FIELD) {
      if (head === undefined) out.push({ node: selection, label });
      else if (selection.name.value === head && selection.selectionSet && !collect(selection.selectionSet, rest, undefined, at, seen, out)) return false;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!collect(selection.selectionSet, path, selection.typeCondition?.name.value ?? label, at, seen, out)) return false;
    } else {
      const name = selection.name.value;
      const fragment = at.fragments[name];
      if (!fragment || seen.has(`${name}@${path.join(".")}`)) continue;
      seen.add(`${name}@${path.join(".")}`);
      if (fragment.directives && fragment.directives.length > 0) return false;
      if (!collect(fragment.selectionSet, path, fragment.typeCondition.name.value, at, seen, out)) return false;
    }
  }
  return true;
}

/** The spec the field's own resolver will ask its loader for (relation.resolvers.ts); undefined when its arguments cannot be read here. */
function specOf(info: GraphQLResolveInfo, found: Found): RelationSpec | undefined {
  const type = info.schema.getType(found.label);
  const def = type && "getFields" in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[found.node.name.value] : undefined;
  if (!def) return undefined;
  const sub: SelectionInfo = { fieldNodes: [found.node], fragments: info.fragments };
  try {
    const args = getArgumentValues(def, found.node, info.variableValues);
    if (found.link) return linkSpec(found.field.direction, found.field.types, (args as unknown as LinkArgs).includeSynthetic, selectedNodeProps(sub, []));
    return connectionRead(found.field.direction, found.field.types, args as unknown as RelationArgs & { role?: string | null }, {
      withTotal: selects(sub, ["totalCount"]),
      nodeProps: selectedNodeProps(sub, ["edges", "node"]),
      edgeProps: selectedEdgeProps(sub, ["edges"]),
    }).spec;
  } catch {
    // A bad argument (a cursor this field did not give out): its own resolver reports it.
    return undefined;
  }
}

/** The field's one relationship type; undefined for a field of several. */
function singleType(field: AnyRelationField): RelType | undefined {
  const types = [...new Set(field.types)];
  return types.length === 1 ? types[0] : undefined;
}

function startsWith(chain: Chain, levels: readonly ChainLevel[]): boolean {
  return levels.length <= chain.length && levels.every((l, i) => chain[i]!.direction === l.direction && chain[i]!.type === l.type);
}
