import type { NetworkFilter } from "../analysis/analysis.repository.js";
import type { NetworkMetric } from "./network.type.js";

/** The values behind the network metric types. */

/** Behind NetworkMetrics: the network's filter; each field computes what it needs. */
export interface NetworkMetricsValue {
  filter: NetworkFilter;
}

/** Behind RankedActor. */
export interface RankedActorValue {
  rank: number;
  id: string;
  value: number;
}

/** Behind Ranking. */
export interface RankingValue {
  metric: NetworkMetric;
  actors: RankedActorValue[];
  totalActors: number;
  filter: NetworkFilter;
}
