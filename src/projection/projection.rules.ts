import type { FoldParams } from "../analysis/analysis.fold.js";
import type { ProvenanceParams } from "../analysis/analysis.provenance.js";
import type { PeriodParams } from "../graphql/period.js";
import type { Projection, Tie } from "./projection.model.js";

/**
 * The analyses' shared rules, as the projection applies them: each mirrors a
 * predicate every analysis statement holds verbatim (PERIOD_PREDICATE,
 * FOLD_PREDICATE with TIE_CERTAINTY, PARTICIPATION_PROVENANCE), so a count on
 * the projection and a statement can never follow two rules.
 */

export interface EventFilter extends PeriodParams {
  includeSynthetic: boolean;
  programme: string | null;
}

/** The event counts: synthetic data only when asked, overlapping the period (undated only without one), under the programme. */
export function eventCounts(projection: Projection, filter: EventFilter, e: number): boolean {
  if (!filter.includeSynthetic && projection.eventSynthetic[e] === 1) return false;
  const start = projection.eventStart[e] ?? null;
  const lastEnd = projection.eventLastEnd[e] ?? null;
  const inPeriod = start !== null ? start <= filter.toHigh && lastEnd !== null && lastEnd >= filter.fromLow : filter.noPeriod;
  if (!inPeriod) return false;
  return filter.programme === null || projection.eventProgrammes[e]!.includes(filter.programme);
}

/** FOLD_PREDICATE and TIE_CERTAINTY: the tie folds its organization into its member. */
export function tieFolds(filter: FoldParams & Pick<ProvenanceParams, "certainOnly"> & { includeSynthetic: boolean }, tie: Tie): boolean {
  return (
    filter.foldMembers &&
    (filter.foldRoles === null || filter.foldRoles.includes(tie.role)) &&
    (filter.includeSynthetic || !tie.synthetic) &&
    !(filter.certainOnly && tie.uncertain)
  );
}

/** The chosen sources as the projection's source numbers; null: no source filter. Ids it does not know state nothing here. */
export function chosenSources(projection: Projection, sourceIds: string[] | null): Set<number> | null {
  if (sourceIds === null) return null;
  return new Set(sourceIds.map((id) => projection.sourceIndex.get(id)).filter((i) => i !== undefined));
}

/** PARTICIPATION_PROVENANCE and synthetic data: the participation counts. */
export function participationCounts(projection: Projection, p: number, filter: Pick<ProvenanceParams, "certainOnly"> & { includeSynthetic: boolean }, chosen: Set<number> | null): boolean {
  if (!filter.includeSynthetic && projection.partSynthetic[p] === 1) return false;
  if (filter.certainOnly && projection.partUncertain[p] === 1) return false;
  if (chosen === null) return true;
  for (let s = projection.sourceFrom[p]!; s < projection.sourceFrom[p + 1]!; s++) if (chosen.has(projection.sourceIds[s]!)) return true;
  return false;
}
