import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** What the selection helpers read of a resolver's info: the field's nodes and the operation's fragments. */
export type SelectionInfo = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

/**
 * Whether the operation asks, below the field being resolved, for the field
 * at `path` (e.g. ["programmes", "events"]), through fragments and inline
 * fragments alike. Lets a resolver leave out of its statement what nobody
 * asked for; a directive (@skip/@include) is not evaluated, so the answer
 * errs on the side of "asked".
 */
export function selects(info: SelectionInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && within(node.selectionSet, path, info, new Set()));
}

function within(set: SelectionSetNode, path: readonly string[], info: SelectionInfo, seen: Set<string>): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return true;
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== head) return false;
      return rest.length === 0 || (selection.selectionSet !== undefined && within(selection.selectionSet, rest, info, seen));
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet, path, info, seen);
    const name = selection.name.value;
    const fragment = info.fragments[name];
    if (!fragment || seen.has(name)) return false;
    seen.add(name);
    return within(fragment.selectionSet, path, info, seen);
  });
}
