import { getNamedType, isLeafType, isListType, isNonNullType, type GraphQLField, type GraphQLOutputType } from "graphql";
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
 * Cost of a field: the objects it can return. A scalar or enum costs nothing:
 * it is read with its object, so counting it (as this model once did) made a
 * dashboard's fifth column as dear as a fifth page and refused
 * programmes(first: 100) { ... partners(first: 100) { ... } } over a graph of 22
 * programmes. An object costs 1 plus its selections. A paged field multiplies
 * its selections by the items it can return: a connection (an object) counts
 * 1 + page x (its edges and nodes), a weighted list page x (1 + each item's
 * selections). So members(first: 100) { edges { node { participations(first: 100)
 * { edges { node { id } } } } } } costs 1 + 100 x (2 + 201) = 20,301: about
 * two per item the response can hold, whatever the columns (docs/security.md#limits).
 */
export const pageWeightedEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection is bounded by the schema itself: tools must be able to fetch it whatever the limits.
  if (field.name.startsWith("__") || type.name.startsWith("__")) return 0;
  if (isLeafType(getNamedType(field.type))) return 0;
  const weight = pageWeight(field, args);
  if (weight === undefined) return 1 + childComplexity;
  return isList(field.type) ? weight * (1 + childComplexity) : 1 + weight * childComplexity;
};
