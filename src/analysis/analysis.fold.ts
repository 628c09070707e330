import type { FoldArgs } from "./analysis.args.js";

/**
 * Folding members: an organization AFFILIATED_WITH a member counts as that
 * member (docs/data.md#one-actor-one-place). The analyses that rank or
 * connect actors (coParticipants, cooperationNetwork, membersInProgrammes)
 * fold each actor they reach with one subquery,
 *
 *   CALL (a) {
 *     OPTIONAL MATCH (a:Organization)-[f:AFFILIATED_WITH]->(m:Member)
 *     WHERE FOLD_PREDICATE
 *     RETURN coalesce(m, a) AS actor, f AS tie
 *   }
 *
 * and return the ties they used, so an answer says what it merged. The tie's
 * predicate is the same everywhere, so a roles filter or synthetic data can
 * never fold one analysis differently from another
 * (test/unit/fold-predicate.test.ts holds the files to it).
 */
export const FOLD_PREDICATE = "$foldMembers AND ($foldRoles IS NULL OR f.role IN $foldRoles) AND ($includeSynthetic OR f.synthetic IS NULL)";

/** The parameters of FOLD_PREDICATE (with $includeSynthetic, which every analysis has). */
export interface FoldParams {
  foldMembers: boolean;
  /** The roles folded; null: every role. */
  foldRoles: string[] | null;
}

/** The parameters for a fold's arguments (already checked by validate()). */
export function foldParams(args: FoldArgs): FoldParams {
  return { foldMembers: args.foldMembers, foldRoles: args.foldRoles?.length ? [...args.foldRoles] : null };
}
