import { toAffiliations, type CoParticipantFilter } from "../analysis/analysis.repository.js";
import type { CoParticipantValue } from "../analysis/analysis.model.js";
import type { Projection, Tie } from "./projection.model.js";
import { chosenSources, eventCounts, participationCounts, tieFolds } from "./projection.rules.js";

/**
 * Co-participants of one actor, counted on the projection: the answer
 * cypher/analysis/co-participants.cypher gives (its reference), reading only
 * the events the actor (and, folded, its member's affiliates) took part in.
 */

interface Standing {
  actor: number;
  tie: Tie | null;
}

interface Partner {
  start: number;
  partner: number;
  events: Set<number>;
  ties: Set<Tie>;
}

export function projectCoParticipants(projection: Projection, filter: CoParticipantFilter): CoParticipantValue[] {
  const asked = projection.actorIndex.get(filter.id);
  if (asked === undefined) return [];
  const chosen = chosenSources(projection, filter.sourceIds);
  const folds = (t: Tie) => tieFolds(filter, t);
  // Each actor's standing, worked out once: an event's participants are read again for every event the actor shares.
  const standing = new Map<number, Standing[]>();
  const foldOf = (a: number): Standing[] => {
    let found = standing.get(a);
    if (!found) {
      const ties = projection.actorIsMember[a] === 1 ? [] : (projection.tiesOf.get(a) ?? []).filter(folds);
      found = ties.length > 0 ? ties.map((t) => ({ actor: t.member, tie: t })) : [{ actor: a, tie: null }];
      standing.set(a, found);
    }
    return found;
  };
  const eventOk = new Map<number, boolean>();
  const counts = (e: number) => {
    let ok = eventOk.get(e);
    if (ok === undefined) eventOk.set(e, (ok = eventCounts(projection, filter, e)));
    return ok;
  };

  const partners = new Map<number, Partner>();
  for (const { actor: start } of foldOf(asked)) {
    // Who takes part for the actor asked about: itself and, folded, its member's affiliates.
    const takers: Standing[] = [{ actor: start, tie: null }];
    if (filter.foldMembers && projection.actorIsMember[start] === 1) {
      for (const t of projection.tiesTo.get(start) ?? []) if (folds(t)) takers.push({ actor: t.organization, tie: t });
    }
    for (const x of takers) {
      for (let i = projection.actorPartFrom[x.actor]!; i < projection.actorPartFrom[x.actor + 1]!; i++) {
        const p1 = projection.actorParts[i]!;
        const e = projection.partEvent[p1]!;
        if (!counts(e) || !participationCounts(projection, p1, filter, chosen)) continue;
        for (let p2 = projection.partFrom[e]!; p2 < projection.partFrom[e + 1]!; p2++) {
          if (p2 === p1 || !participationCounts(projection, p2, filter, chosen)) continue;
          for (const b of foldOf(projection.partActor[p2]!)) {
            if (b.actor === start) continue;
            const key = start * projection.actorIds.length + b.actor;
            let row = partners.get(key);
            if (!row) partners.set(key, (row = { start, partner: b.actor, events: new Set(), ties: new Set() }));
            row.events.add(e);
            if (x.tie) row.ties.add(x.tie);
            if (b.tie) row.ties.add(b.tie);
          }
        }
      }
    }
  }

  const rows = [...partners.values()].sort((x, y) => y.events.size - x.events.size || x.partner - y.partner || x.start - y.start).slice(0, filter.first);
  return rows.map((row) => ({
    partnerId: projection.actorIds[row.partner]!,
    sharedEventCount: row.events.size,
    eventIds: latestFirst(projection, row.events).slice(0, filter.eventsPerPartner),
    foldedMembers: filter.foldMembers,
    via: toAffiliations(
      [...row.ties].map((t) => ({
        organizationId: projection.actorIds[t.organization]!,
        memberId: projection.actorIds[t.member]!,
        role: t.role,
        uncertain: t.uncertain,
        uncertainty: t.uncertainty,
      })),
    ),
  }));
}

/** Event ids by start date, latest first (undated first, as Cypher sorts nulls above every value), then by id. */
function latestFirst(projection: Projection, events: Set<number>): string[] {
  const rank = (e: number) => (projection.eventStartRank[e]! < 0 ? Infinity : projection.eventStartRank[e]!);
  return [...events]
    .sort((a, b) => rank(b) - rank(a) || (projection.eventIds[a]! < projection.eventIds[b]! ? -1 : 1))
    .map((e) => projection.eventIds[e]!);
}
