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
  /** The shared events, each once (events are read one at a time: lastEvent tells a repeat). */
  events: number[];
  lastEvent: number;
  ties: Set<Tie>;
}

export function projectCoParticipants(projection: Projection, filter: CoParticipantFilter): CoParticipantValue[] {
  const asked = projection.actorIndex.get(filter.id);
  if (asked === undefined) return [];
  const chosen = chosenSources(projection, filter.sourceIds);
  const folds = (t: Tie) => tieFolds(filter, t);
  // Each actor's standing and each event's verdict, worked out once: a busy actor's events are read by the ten thousand.
  const standing: (Standing[] | undefined)[] = new Array<Standing[] | undefined>(projection.actorIds.length);
  const foldOf = (a: number): Standing[] => {
    let found = standing[a];
    if (!found) {
      const ties = projection.actorIsMember[a] === 1 ? [] : (projection.tiesOf.get(a) ?? []).filter(folds);
      found = ties.length > 0 ? ties.map((t) => ({ actor: t.member, tie: t })) : [{ actor: a, tie: null }];
      standing[a] = found;
    }
    return found;
  };
  const verdict = new Int8Array(projection.eventIds.length);
  const counts = (e: number) => {
    if (verdict[e] === 0) verdict[e] = eventCounts(projection, filter, e) ? 1 : -1;
    return verdict[e] === 1;
  };

  const partners: Partner[] = [];
  for (const { actor: start } of foldOf(asked)) {
    const rowOf = new Int32Array(projection.actorIds.length).fill(-1);
    // Who takes part for the actor asked about: itself and, folded, its member's affiliates.
    const takers: Standing[] = [{ actor: start, tie: null }];
    if (filter.foldMembers && projection.actorIsMember[start] === 1) {
      for (const t of projection.tiesTo.get(start) ?? []) if (folds(t)) takers.push({ actor: t.organization, tie: t });
    }
    // The events they took part in, each with their counting participations: each event's participants are then read once.
    const present = new Map<number, { p1: number; tie: Tie | null }[]>();
    for (const x of takers) {
      for (let i = projection.actorPartFrom[x.actor]!; i < projection.actorPartFrom[x.actor + 1]!; i++) {
        const p1 = projection.actorParts[i]!;
        const e = projection.partEvent[p1]!;
        if (!counts(e) || !participationCounts(projection, p1, filter, chosen)) continue;
        const list = present.get(e);
        if (list) list.push({ p1, tie: x.tie });
        else present.set(e, [{ p1, tie: x.tie }]);
      }
    }
    for (const [e, takenBy] of present) {
      for (let p2 = projection.partFrom[e]!; p2 < projection.partFrom[e + 1]!; p2++) {
        // A participation pairs with another one, never with itself.
        const others = takenBy.length === 1 && takenBy[0]!.p1 === p2 ? undefined : takenBy;
        if (!others || !participationCounts(projection, p2, filter, chosen)) continue;
        for (const b of foldOf(projection.partActor[p2]!)) {
          if (b.actor === start) continue;
          let row = partners[rowOf[b.actor]!];
          if (!row) {
            rowOf[b.actor] = partners.length;
            partners.push((row = { start, partner: b.actor, events: [], lastEvent: -1, ties: new Set() }));
          }
          if (row.lastEvent !== e) {
            row.events.push(e);
            row.lastEvent = e;
          }
          for (const t of others) if (t.tie && t.p1 !== p2) row.ties.add(t.tie);
          if (b.tie) row.ties.add(b.tie);
        }
      }
    }
  }

  const rows = partners.sort((x, y) => y.events.length - x.events.length || x.partner - y.partner || x.start - y.start).slice(0, filter.first);
  return rows.map((row) => ({
    partnerId: projection.actorIds[row.partner]!,
    sharedEventCount: row.events.length,
    eventIds: latestFirst(projection, row.events, filter.eventsPerPartner),
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

/** The first `k` event ids by start date, latest first (undated first, as Cypher sorts nulls above every value), then by id. */
function latestFirst(projection: Projection, events: readonly number[], k: number): string[] {
  if (k <= 0) return [];
  const rank = (e: number) => (projection.eventStartRank[e]! < 0 ? Infinity : projection.eventStartRank[e]!);
  const before = (a: number, b: number) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra !== rb ? ra > rb : projection.eventIds[a]! < projection.eventIds[b]!;
  };
  // A busy pair shares thousands of events and the answer lists a few: keep the best k while reading them.
  const best: number[] = [];
  for (const e of events) {
    if (best.length === k && !before(e, best[k - 1]!)) continue;
    let i = Math.min(best.length, k - 1);
    if (best.length < k) best.push(e);
    while (i > 0 && before(e, best[i - 1]!)) {
      best[i] = best[i - 1]!;
      i -= 1;
    }
    best[i] = e;
  }
  return best.map((e) => projection.eventIds[e]!);
}
