import { isListType, isNonNullType, type GraphQLField, type GraphQLOutputType } from "graphql";
import type { ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE, MAX_IDS, MAX_NEIGHBOURHOOD_DEPTH, MAX_NETWORK_EDGES, MAX_PAGE_SIZE, MAX_PER_LEVEL } from "../graphql/page-size.js";

/** Lists whose size no argument bounds: weighted by what they hold at most, roughly. */
const UNPAGED_LIST_WEIGHT = 100;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * How many items a field can return, from its arguments: first/last (the page
 * size; the default when absent), ids, maxEdges, limitPerLevel x depth.
 * Undefined when the field is a single object. A value over an argument's
 * maximum counts as the maximum: the resolver refuses it with a message naming
 * the argument, which tells a client more than a cost figure would.
 */
export function pageWeight(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | undefined {
  const n = (v: unknown, max: number) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? Math.min(v, max) : undefined);
  const first = n(args.first, MAX_PAGE_SIZE) ?? n(args.last, MAX_PAGE_SIZE);
  if (first !== undefined) return first;
  if (field.args.some((a) => a.name === "first" || a.name === "last")) return DEFAULT_PAGE_SIZE;
  if (Array.isArray(args.ids)) return Math.min(args.ids.length, MAX_IDS);
  const edges = n(args.maxEdges, MAX_NETWORK_EDGES);
  if (edges !== undefined) return edges;
  const perLevel = n(args.limitPerLevel, MAX_PER_LEVEL);
  if (perLevel !== undefined) return perLevel * (n(args.depth, MAX_NEIGHBOURHOOD_DEPTH) ?? 1);
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
