/** Page size when a list is asked for without `first`. */
export const DEFAULT_PAGE_SIZE = 20;
/** The hard cap on `first`: a dashboard pages, it does not download the graph. */
export const MAX_PAGE_SIZE = 100;
