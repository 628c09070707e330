import type { NetworkFilter, NetworkShapeFilter } from "../analysis/analysis.repository.js";
import type { CompactNetwork, MetricResult } from "./network.metrics.js";

/** A whole filtered network as the metrics take it, with each actor's index. */
export interface MeasuredNetwork {
  compact: CompactNetwork;
  index: Map<string, number>;
}

/** What is kept of one network at one graph version: the network and each metric computed on it (promises, so concurrent requests share one computation). */
export interface CacheEntry {
  network: Promise<MeasuredNetwork> | undefined;
  results: Map<string, Promise<MetricResult>>;
}

/** Networks kept: each holds at most the metrics limit's edges and its metrics. */
export const CACHED_NETWORKS = 16;

/**
 * The metrics cache, keyed by graph stamp and filter: a write bumps the
 * version (src/changes), so an entry is never stale, only unused; the least
 * recently used entries go past `size`.
 */
export class MetricsCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(private readonly size = CACHED_NETWORKS) {}

  entry(stamp: string, filter: NetworkFilter): CacheEntry {
    const key = `${stamp} ${filterKey(filter)}`;
    let entry = this.entries.get(key);
    if (entry) this.entries.delete(key);
    else entry = { network: undefined, results: new Map() };
    // Reinserted last: Map keeps insertion order, so the first key is the least recently used.
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.size) break;
      this.entries.delete(oldest);
    }
    return entry;
  }

  get count(): number {
    return this.entries.size;
  }
}

/** The filter's parameters that choose the network, in a fixed order; maxEdges only cuts what is drawn. */
export function filterKey(filter: NetworkShapeFilter & { maxEdges?: number }): string {
  const { maxEdges: _drawn, ...chosen } = filter;
  return JSON.stringify(Object.keys(chosen).sort().map((k) => [k, chosen[k as keyof typeof chosen]]));
}
