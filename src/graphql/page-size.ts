/**
 * Argument maxima shared by the resolvers (which refuse a larger value with a
 * precise message) and the cost estimator (which counts a larger value as the
 * maximum, so that the precise message is the one a client sees). Plain
 * constants: no decorators, safe to import anywhere.
 */

/** Page size when a list is asked for without `first`. */
export const DEFAULT_PAGE_SIZE = 20;
/** The hard cap on `first`: a dashboard pages, it does not download the graph. */
export const MAX_PAGE_SIZE = 100;
/** nodes(ids) and ids filters. */
export const MAX_IDS = 100;
/** cooperationNetwork(maxEdges). */
export const MAX_NETWORK_EDGES = 2_000;
/** neighbourhood(depth). */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
/** neighbourhood(limitPerLevel). */
export const MAX_PER_LEVEL = 100;
