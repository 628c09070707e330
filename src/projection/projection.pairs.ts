import type { CoParticipantFilter } from "../analysis/analysis.repository.js";
import { KeptWithProjection } from "./projection.kept.js";
import type { Projection } from "./projection.model.js";
import { eventCounts, participationCounts } from "./projection.rules.js";

/**
 * How many events each pair of actors shares, for the co-participant filters
 * that keep every event and participation (synthetic ones included or not):
 * no period, programme, fold, certainty or source asked. Counted once per
 * projection (one graph version) and filter, on first use: the busiest member
 * at large scale has a million co-participations to count on every request
 * otherwise. Other filters are counted per request (projection.coparticipants.ts).
 */
export interface PairCounts {
  actors: number;
  /** shared[a * actors + b]: the events where both a and b have a counting participation (a ≠ b). */
  shared: Int32Array;
}

/** Above this many actors the table (actors² integers: 16 MB at 2,000) is not kept and each request counts. */
const MAX_ACTORS = 2_000;

const kept = new KeptWithProjection<boolean, PairCounts | null>();

/** Whether every event and participation counts under this filter, synthetic data aside. */
export function countsEverything(filter: CoParticipantFilter): boolean {
  return filter.noPeriod && filter.programme === null && !filter.foldMembers && !filter.certainOnly && filter.sourceIds === null;
}

/** The pair counts for a filter that counts everything; null when there are too many actors to keep them. */
export function pairCounts(projection: Projection, filter: CoParticipantFilter): PairCounts | null {
  return kept.get(projection, filter.includeSynthetic, () => (projection.actorIds.length > MAX_ACTORS ? null : countPairs(projection, filter)));
}

function countPairs(projection: Projection, filter: CoParticipantFilter): PairCounts {
  const actors = projection.actorIds.length;
  const shared = new Int32Array(actors * actors);
  const lastEvent = new Int32Array(actors).fill(-1);
  const present: number[] = [];
  for (let e = 0; e < projection.eventIds.length; e++) {
    if (!eventCounts(projection, filter, e)) continue;
    present.length = 0;
    for (let p = projection.partFrom[e]!; p < projection.partFrom[e + 1]!; p++) {
      const a = projection.partActor[p]!;
      if (lastEvent[a] === e || !participationCounts(projection, p, filter, null)) continue;
      lastEvent[a] = e;
      present.push(a);
    }
    for (let i = 0; i < present.length; i++) {
      const row = present[i]! * actors;
      for (let j = 0; j < present.length; j++) if (i !== j) shared[row + present[j]!]! += 1;
    }
  }
  return { actors, shared };
}
