/**
 * Provenance filters: a network-shaped analysis (cooperationNetwork,
 * networkEvolution, cooperation, coParticipants) can be restricted to the
 * facts stated by chosen sources (by id, or every source of chosen
 * publishers), and to certain facts only.
 *
 * The facts a cooperation answer is made of are participations
 * (PARTICIPATED_IN): one counts when at least one of its `sources` is chosen,
 * and, with certainOnly, when it is not marked uncertain. With certainOnly, a
 * fold follows no uncertain AFFILIATED_WITH tie either (the organization then
 * stays an actor of its own). Ties are not filtered by source: a fold is a way
 * of counting that the client asks for, and every answer names the ties used.
 *
 * The statements hold these predicates verbatim (test/unit/provenance-predicate.test.ts):
 * PARTICIPATION_PROVENANCE for a participation bound to `r` (or another name),
 * TIE_CERTAINTY after FOLD_PREDICATE, for a tie bound to `f`.
 */
export const PARTICIPATION_PROVENANCE = "($sourceIds IS NULL OR any(s IN r.sources WHERE s IN $sourceIds)) AND NOT ($certainOnly AND coalesce(r.uncertain, false))";

export const TIE_CERTAINTY = "NOT ($certainOnly AND coalesce(f.uncertain, false))";

/** The parameters of the provenance predicates. */
export interface ProvenanceParams {
  /** The chosen sources (given by id, or through their publisher); null: no source filter. */
  sourceIds: string[] | null;
  certainOnly: boolean;
}

/** No provenance filter: every source, uncertain facts included. */
export const ANY_PROVENANCE: ProvenanceParams = { sourceIds: null, certainOnly: false };

/** The arguments the provenance filters are declared as (ProvenanceArgs in analysis.args.ts). */
export interface ProvenanceArgsLike {
  sources?: string[] | null;
  publishers?: string[] | null;
  certainOnly: boolean;
}

/** A publisher as it is compared: whole, with spaces trimmed, case aside. */
export function publisherKey(publisher: string): string {
  return publisher.trim().toLowerCase();
}

/** A source as the graph answered the look-up of the chosen sources and publishers. */
export interface SourceRow {
  id: string;
  publisher: string | null;
}

/** What the look-up found: the chosen source ids, and what was asked for but does not exist. */
export interface ResolvedSources {
  sourceIds: string[];
  unknownSources: string[];
  unknownPublishers: string[];
}

/**
 * The chosen sources: those named by id and every source of a named
 * publisher (either suffices: both lists widen the choice), and the names
 * that matched nothing.
 */
export function resolveSources(sources: readonly string[], publishers: readonly string[], found: readonly SourceRow[]): ResolvedSources {
  const ids = new Set(found.map((s) => s.id));
  const foundPublishers = new Set(found.flatMap((s) => (s.publisher === null ? [] : [publisherKey(s.publisher)])));
  const wantedIds = new Set(sources);
  const wantedPublishers = new Set(publishers.map(publisherKey));
  const chosen = found.filter((s) => wantedIds.has(s.id) || (s.publisher !== null && wantedPublishers.has(publisherKey(s.publisher)))).map((s) => s.id);
  return {
    sourceIds: [...new Set(chosen)].sort(),
    unknownSources: [...wantedIds].filter((id) => !ids.has(id)),
    unknownPublishers: [...new Set(publishers)].filter((p) => !foundPublishers.has(publisherKey(p))),
  };
}
