import DataLoader from "dataloader";
import type { NetworkFilter } from "../analysis/analysis.repository.js";
import type { AnalysisService } from "../analysis/analysis.service.js";
import type { RunOptions } from "../db/query-runner.js";
import { BadUserInputError } from "../errors/errors.js";
import type { NetworkValue } from "../analysis/analysis.model.js";
import type { RankingsArgs } from "./network.args.js";
import { MetricsCache, type CacheEntry, type MeasuredNetwork } from "./network.cache.js";
import { DEFAULT_EIGENVECTOR, DEFAULT_PAGERANK, type MetricJob, type MetricResult } from "./network.metrics.js";
import type { RankedActorValue, RankingValue } from "./network.model.js";
import { MetricsThread } from "./network.thread.js";
import { NetworkMetric } from "./network.type.js";

export interface MetricsSettings {
  /** The most edges a filtered network may have to be measured. */
  maxEdges: number;
  betweennessExactNodes: number;
  betweennessPivots: number;
  timeoutMs: number;
}

/** The seed of sampled betweenness and of Louvain's random order: fixed, so a request's answer does not change between calls. */
export const METRICS_SEED = 1;
/** Louvain resolutions accepted. */
export const MAX_RESOLUTION = 100;

/** A metric as the cache and the worker name it; communities per resolution. */
type MetricKey = Exclude<MetricJob["kind"], "communities"> | `communities:${number}`;

const KEY_OF: Record<NetworkMetric, MetricKey> = {
  [NetworkMetric.DEGREE]: "degree",
  [NetworkMetric.STRENGTH]: "strength",
  [NetworkMetric.BETWEENNESS]: "betweenness",
  [NetworkMetric.PAGE_RANK]: "pagerank",
  [NetworkMetric.EIGENVECTOR]: "eigenvector",
  [NetworkMetric.CLUSTERING]: "clustering",
};

/** What names the graph's contents now: the graph version (with its history, when the projection is on). */
export type GraphStamp = (opts?: RunOptions) => Promise<string>;

/** One request's view of one network: its graph stamp (read once) and a loader that batches the metrics its fields ask for into one computation. */
interface Session {
  stamp: Promise<string>;
  loader: DataLoader<MetricKey, MetricResult>;
  network: () => Promise<MeasuredNetwork>;
}

/**
 * Centrality and communities of a whole filtered cooperation network: every
 * edge of the filter (up to the metrics limit), computed in a worker thread,
 * cached per graph version and filter. Within a request, the metric fields of
 * every node of a network are gathered into one computation.
 */
export class NetworkService {
  private readonly cache = new MetricsCache();
  private readonly thread: MetricsThread;
  /** Per request: the network filter object is made once per request (analysis.service.ts), so it keys that request's session. */
  private readonly sessions = new WeakMap<NetworkFilter, Session>();

  constructor(
    private readonly analysis: AnalysisService,
    private readonly stamp: GraphStamp,
    private readonly settings: MetricsSettings,
  ) {
    this.thread = new MetricsThread(settings.timeoutMs);
  }

  /** One metric's results for the network of a filter. */
  result(filter: NetworkFilter, key: MetricKey, opts?: RunOptions): Promise<MetricResult> {
    return this.session(filter, opts).loader.load(key);
  }

  /** A node's value of a metric; null when the metric has no values (did not converge) or the node is not in the network. */
  async nodeValue(filter: NetworkFilter, id: string, metric: NetworkMetric, opts?: RunOptions): Promise<number | null> {
    const [network, result] = await Promise.all([this.session(filter, opts).network(), this.result(filter, KEY_OF[metric], opts)]);
    const i = network.index.get(id);
    const values = valuesOf(result);
    return i === undefined || !values ? null : values[i]!;
  }

  /** A node's community at a resolution. */
  async nodeCommunity(filter: NetworkFilter, id: string, resolution: number, opts?: RunOptions): Promise<number | null> {
    const [network, result] = await Promise.all([this.session(filter, opts).network(), this.communities(filter, resolution, opts)]);
    const i = network.index.get(id);
    return i === undefined ? null : result.community[i]!;
  }

  communities(filter: NetworkFilter, resolution: number, opts?: RunOptions): Promise<Extract<MetricResult, { kind: "communities" }>> {
    checkResolution(resolution);
    return this.result(filter, `communities:${resolution}`, opts) as Promise<Extract<MetricResult, { kind: "communities" }>>;
  }

  /** The size of the whole filtered network. */
  async size(filter: NetworkFilter, opts?: RunOptions): Promise<{ nodes: number; edges: number }> {
    const { compact } = await this.session(filter, opts).network();
    return { nodes: compact.nodes.length, edges: compact.sources.length };
  }

  /** The first actors by a metric, highest first; equal values share a rank. */
  async rankings(args: RankingsArgs, opts?: RunOptions): Promise<RankingValue> {
    const filter = await this.analysis.networkFilter(args, opts);
    const [network, result] = await Promise.all([this.session(filter, opts).network(), this.result(filter, KEY_OF[args.metric], opts)]);
    const values = valuesOf(result);
    const { nodes } = network.compact;
    if (!values) return { metric: args.metric, actors: [], totalActors: nodes.length, filter };
    // Ranked on 12 significant digits: values equal but for float noise (0.1 and 0.10000000000000002) share a rank.
    const key = Array.from(values, (v) => Number(v.toPrecision(12)));
    const order = nodes.map((_, i) => i).sort((a, b) => key[b]! - key[a]! || (nodes[a]! < nodes[b]! ? -1 : 1));
    const actors: RankedActorValue[] = [];
    for (let k = 0; k < Math.min(args.first, order.length); k++) {
      const i = order[k]!;
      const previous = k > 0 ? actors[k - 1] : undefined;
      const rank = previous && key[order[k - 1]!] === key[i] ? previous.rank : k + 1;
      actors.push({ rank, id: nodes[i]!, value: values[i]! });
    }
    return { metric: args.metric, actors, totalActors: nodes.length, filter };
  }

  /** Stops the worker thread (with the server). */
  close(): Promise<void> {
    return this.thread.close();
  }

  private session(filter: NetworkFilter, opts?: RunOptions): Session {
    let session = this.sessions.get(filter);
    if (session) return session;
    const stamp = this.stamp(opts);
    // Read before the network: a write in between leaves newer data under an older stamp, which no later request asks for.
    const entry = stamp.then((v) => this.cache.entry(v, filter));
    const network = () => entry.then((e) => this.network(e, filter, opts));
    session = {
      stamp,
      network,
      loader: new DataLoader((keys) => entry.then((e) => this.compute(e, network, keys)), { cache: true }),
    };
    this.sessions.set(filter, session);
    return session;
  }

  /** The network of a cache entry, read once: all edges of the filter, or BAD_USER_INPUT when there are more than the limit. */
  private network(entry: CacheEntry, filter: NetworkFilter, opts?: RunOptions): Promise<MeasuredNetwork> {
    if (!entry.network) {
      const read = this.analysis.networkOf(filter, this.settings.maxEdges, opts).then((value) => this.measurable(value));
      entry.network = read;
      read.catch(() => {
        if (entry.network === read) entry.network = undefined;
      });
    }
    return entry.network;
  }

  private measurable(value: NetworkValue): MeasuredNetwork {
    const limit = this.settings.maxEdges;
    if (value.truncated) {
      throw new BadUserInputError(
        `the filtered network has ${value.totalEdges} edges, over the network metrics limit of ${limit} (COOPGRAPH_METRICS_MAX_EDGES); ` +
          "narrow it with region, programme, from/to or minWeight",
        { limit: "metricsMaxEdges", maximum: limit, actual: value.totalEdges },
      );
    }
    return compactOf(value);
  }

  /** The metrics not yet cached are computed in one job; concurrent requests for the same ones share it. */
  private async compute(entry: CacheEntry, network: () => Promise<MeasuredNetwork>, keys: readonly MetricKey[]): Promise<MetricResult[]> {
    const missing = [...new Set(keys)].filter((k) => !entry.results.has(k));
    if (missing.length > 0) {
      const computed = network().then((n) => this.thread.run(n.compact, missing.map((k) => this.job(k))));
      missing.forEach((key, i) => {
        const one = computed.then((results) => results[i]!);
        entry.results.set(key, one);
        one.catch(() => {
          if (entry.results.get(key) === one) entry.results.delete(key);
        });
      });
    }
    return Promise.all(keys.map((k) => entry.results.get(k)!));
  }

  private job(key: MetricKey): MetricJob {
    if (key.startsWith("communities:")) return { kind: "communities", resolution: Number(key.slice("communities:".length)), seed: METRICS_SEED };
    switch (key) {
      case "betweenness":
        return { kind: "betweenness", exactNodes: this.settings.betweennessExactNodes, pivots: this.settings.betweennessPivots, seed: METRICS_SEED };
      case "pagerank":
        return { kind: "pagerank", ...DEFAULT_PAGERANK };
      case "eigenvector":
        return { kind: "eigenvector", ...DEFAULT_EIGENVECTOR };
      default:
        return { kind: key as "degree" | "strength" | "clustering" };
    }
  }
}

function valuesOf(result: MetricResult): Float64Array | null {
  return result.kind === "communities" ? null : result.values;
}

function checkResolution(resolution: number): void {
  if (!Number.isFinite(resolution) || resolution <= 0 || resolution > MAX_RESOLUTION) {
    throw new BadUserInputError(`resolution must be above 0 and at most ${MAX_RESOLUTION}; got ${resolution}`, { argument: "resolution" });
  }
}

/** The network's actors in id order (so the same graph gives the same computation), its edges in the statement's fixed order. */
function compactOf(value: NetworkValue): MeasuredNetwork {
  const ids = new Set<string>();
  for (const e of value.edges) ids.add(e.source).add(e.target);
  const nodes = [...ids].sort();
  const index = new Map(nodes.map((id, i) => [id, i]));
  return {
    index,
    compact: {
      nodes,
      sources: Uint32Array.from(value.edges, (e) => index.get(e.source)!),
      targets: Uint32Array.from(value.edges, (e) => index.get(e.target)!),
      weights: Float64Array.from(value.edges, (e) => e.weight),
    },
  };
}
