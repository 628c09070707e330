import { isListType, isNonNullType, type GraphQLField, type GraphQLOutputType } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../graphql/page-size.js";

/** Lists whose size no argument bounds: weighted by what they hold at most, roughly. */
const UNPAGED_LIST_WEIGHT = 100;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * How many items a field can return, from its arguments: first/last (the page
 * size; the default when absent), ids, maxEdges, limitPerLevel x depth.
 * Undefined when the field is a single object.
 */
export function pageWeight(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | undefined {
  const n = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);
  const first = n(args.first) ?? n(args.last);
  if (first !== undefined) return first;
  if (field.args.some((a) => a.name === "first" || a.name === "last")) return DEFAULT_PAGE_SIZE;
  if (Array.isArray(args.ids)) return args.ids.length;
  if (n(args.maxEdges) !== undefined) return n(args.maxEdges);
  if (n(args.limitPerLevel) !== undefined) return (n(args.limitPerLevel) ?? 0) * (n(args.depth) ?? 1);
  // A connection's edges, and small provenance lists, are sized by the field above them.
  if (isList(field.type) && field.args.length > 0) return UNPAGED_LIST_WEIGHT;
  return undefined;
}

/**
 * Cost of a field: 1, plus its selections times the number of items it can
 * return. So members(first: 100) { edges { node { participations(first: 50) { ... } } } }
 * costs about 100 x 50 x (fields per participation).
 */
export const pageWeightedEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection is bounded by the schema itself: tools must be able to fetch it whatever the limits.
  if (field.name.startsWith("__") || type.name.startsWith("__")) return 0;
  const weight = pageWeight(field, args);
  return weight === undefined ? 1 + childComplexity : 1 + weight * childComplexity;
};
