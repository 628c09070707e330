import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

/** Depth and alias count of one operation, fragments followed (each fragment measured once). */
export interface OperationShape {
  depth: number;
  aliases: number;
}

/**
 * Measures an operation. Introspection (__schema, __type and what is under
 * them) does not count towards depth: the standard introspection query nests
 * ofType a dozen levels deep, and the schema bounds it anyway.
 * A fragment spread inside itself (invalid anyway) counts as nothing.
 */
export function measureOperation(document: DocumentNode, operation: OperationDefinitionNode): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const memo = new Map<string, OperationShape>();
  const visiting = new Set<string>();

  const measure = (set: SelectionSetNode): OperationShape => {
    let depth = 0;
    let aliases = 0;
    for (const selection of set.selections) {
      let inner: OperationShape = { depth: 0, aliases: 0 };
      if (selection.kind === Kind.FIELD) {
        const sub = selection.selectionSet ? measure(selection.selectionSet) : { depth: 0, aliases: 0 };
        const introspection = selection.name.value.startsWith("__");
        inner = { depth: introspection ? 0 : sub.depth + 1, aliases: sub.aliases + (selection.alias ? 1 : 0) };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet);
      } else {
        inner = spread(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
    }
    return { depth, aliases };
  };

  // Memoised: a fragment spread many times (or spreads that fan out) is measured once.
  const spread = (name: string): OperationShape => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return { depth: 0, aliases: 0 };
    visiting.add(name);
    const shape = measure(fragment.selectionSet);
    visiting.delete(name);
    memo.set(name, shape);
    return shape;
  };

  return measure(operation.selectionSet);
}
