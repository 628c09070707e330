import { toAffiliations, type CoParticipantFilter } from "../analysis/analysis.repository.js";
import type { CoParticipantValue } from "../analysis/analysis.model.js";
import type { Projection, Tie } from "./projection.model.js";
import { countsEverything, pairCounts, type PairCounts } from "./projection.pairs.js";
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

/** A counting participation of the actor asked about (or, folded, of one of its member's affiliates) in an event. */
interface Taken {
  p1: number;
  tie: Tie | null;
}

/**
 * Partners of one standing of the actor asked about, tallied in flat tables
 * indexed by actor: the inner loop runs once per co-participation (a million
 * for the busiest member at large scale). Events are met latest first, so a
 * partner's list keeps only its first `eventsPerPartner`: keeping every shared
 * event took four fifths of the count (66 against 15 ms there).
 */
interface Tally {
  start: number;
  partners: number[];
  shared: Int32Array;
  lastEvent: Int32Array;
  events: number[][];
  eventsPerPartner: number;
  ties: (Set<Tie> | undefined)[];
}

export function projectCoParticipants(projection: Projection, filter: CoParticipantFilter): CoParticipantValue[] {
  const asked = projection.actorIndex.get(filter.id);
  if (asked === undefined) return [];
  const pairs = countsEverything(filter) ? pairCounts(projection, filter) : null;
  return pairs ? fromPairCounts(projection, pairs, asked, filter) : countCoParticipants(projection, filter);
}

/** The answer counted for this request alone: any filter (the reference the pair counts are tested against). */
export function countCoParticipants(projection: Projection, filter: CoParticipantFilter): CoParticipantValue[] {
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

  const tallies = foldOf(asked).map(({ actor: start }) => {
    const tally: Tally = {
      start,
      partners: [],
      shared: new Int32Array(projection.actorIds.length),
      lastEvent: new Int32Array(projection.actorIds.length).fill(-1),
      events: [],
      eventsPerPartner: filter.eventsPerPartner,
      ties: [],
    };
    const taken = takenEvents(projection, filter, start, folds, counts, chosen);
    for (let k = 0; k < taken.events.length; k++) {
      const e = taken.events[k]!;
      const list = taken.lists[k];
      // A participation pairs with another one, never with itself.
      const alone = !list ? taken.first[k]! : list.length === 1 ? list[0]!.p1 : -1;
      if (!filter.foldMembers) {
        meetUnfolded(projection, tally, e, alone, filter, chosen);
        continue;
      }
      const takenBy = list ?? [{ p1: alone, tie: null }];
      const tied = list?.some((t) => t.tie !== null) ?? false;
      for (let p2 = projection.partFrom[e]!; p2 < projection.partFrom[e + 1]!; p2++) {
        if (p2 === alone || !participationCounts(projection, p2, filter, chosen)) continue;
        for (const b of foldOf(projection.partActor[p2]!)) {
          if (b.actor !== start) meet(tally, b, e, tied ? takenBy : null, p2);
        }
      }
    }
    return tally;
  });

  const rows = tallies
    .flatMap((t) => t.partners.map((partner) => ({ tally: t, partner })))
    .sort((x, y) => y.tally.shared[y.partner]! - x.tally.shared[x.partner]! || x.partner - y.partner || x.tally.start - y.tally.start)
    .slice(0, filter.first);
  return rows.map(({ tally, partner }) => ({
    partnerId: projection.actorIds[partner]!,
    sharedEventCount: tally.shared[partner]!,
    // Already latest first and at most eventsPerPartner: shareEvent kept the first it met.
    eventIds: tally.events[partner]!.map((e) => projection.eventIds[e]!),
    foldedMembers: filter.foldMembers,
    via: toAffiliations(
      [...(tally.ties[partner] ?? [])].map((t) => ({
        organizationId: projection.actorIds[t.organization]!,
        memberId: projection.actorIds[t.member]!,
        role: t.role,
        uncertain: t.uncertain,
        uncertainty: t.uncertainty,
      })),
    ),
  }));
}

/** The counting events of one standing of the actor asked about, latest first (Projection.eventsLatestFirst). */
interface TakenEvents {
  events: number[];
  /** The first participation taken in each event. */
  first: number[];
  /** Every participation taken in the event, when there are several or the first came through a tie. */
  lists: (Taken[] | undefined)[];
}

/**
 * Each counting event of one standing of the actor asked about, with its
 * counting participations there: its own and, folded, those of its member's
 * affiliates. Each event's participants are then read once. Most events have
 * one such participation, not through a tie: it is kept as a number, and a
 * list made only for the others (a busy member has thousands of events, and a
 * map of lists made this a third of the count).
 */
function takenEvents(
  projection: Projection,
  filter: CoParticipantFilter,
  start: number,
  folds: (t: Tie) => boolean,
  counts: (e: number) => boolean,
  chosen: Set<number> | null,
): TakenEvents {
  const takers: Standing[] = [{ actor: start, tie: null }];
  if (filter.foldMembers && projection.actorIsMember[start] === 1) {
    for (const t of projection.tiesTo.get(start) ?? []) if (folds(t)) takers.push({ actor: t.organization, tie: t });
  }
  // Each event's first counting participation, and the lists of the few events with several or one through a tie.
  const firstOf = new Int32Array(projection.eventIds.length).fill(-1);
  const lists = new Map<number, Taken[]>();
  for (const x of takers) {
    for (let i = projection.actorPartFrom[x.actor]!; i < projection.actorPartFrom[x.actor + 1]!; i++) {
      const p1 = projection.actorParts[i]!;
      const e = projection.partEvent[p1]!;
      if (!counts(e) || !participationCounts(projection, p1, filter, chosen)) continue;
      const first = firstOf[e]!;
      if (first === -1) {
        firstOf[e] = p1;
        if (x.tie) lists.set(e, [{ p1, tie: x.tie }]);
        continue;
      }
      let list = lists.get(e);
      if (!list) lists.set(e, (list = [{ p1: first, tie: null }]));
      list.push({ p1, tie: x.tie });
    }
  }
  // Put in order by one pass over every event (a fraction of a millisecond at large scale), not a sort of the events met.
  const taken: TakenEvents = { events: [], first: [], lists: [] };
  for (const e of projection.eventsLatestFirst) {
    const first = firstOf[e]!;
    if (first === -1) continue;
    taken.events.push(e);
    taken.first.push(first);
    taken.lists.push(lists.size > 0 ? lists.get(e) : undefined);
  }
  return taken;
}

/**
 * Unfolded, every participant is its own partner and no tie is shown: the
 * common case, kept to typed-array reads because it runs once per
 * co-participation.
 */
function meetUnfolded(projection: Projection, tally: Tally, e: number, alone: number, filter: CoParticipantFilter, chosen: Set<number> | null): void {
  const { partActor, partSynthetic, partUncertain } = projection;
  const everyPart = filter.includeSynthetic && !filter.certainOnly && chosen === null;
  const end = projection.partFrom[e + 1]!;
  for (let p2 = projection.partFrom[e]!; p2 < end; p2++) {
    if (p2 === alone) continue;
    if (!everyPart && (partSynthetic[p2] === 1 || partUncertain[p2] === 1 || chosen !== null) && !participationCounts(projection, p2, filter, chosen)) continue;
    const partner = partActor[p2]!;
    if (partner !== tally.start) shareEvent(tally, partner, e);
  }
}

/** Counts event e once for the partner, however many of its participations meet the actor asked about there; lists it among the partner's first (latest) few. */
function shareEvent(tally: Tally, partner: number, e: number): void {
  const last = tally.lastEvent[partner];
  if (last === e) return;
  if (last === -1) {
    tally.partners.push(partner);
    tally.events[partner] = [];
  }
  tally.lastEvent[partner] = e;
  tally.shared[partner]! += 1;
  if (tally.shared[partner]! <= tally.eventsPerPartner) tally.events[partner]!.push(e);
}

/** Partner b met the actor asked about at event e through participation p2; `takenBy` only when some of the asked side's participations came through a tie. */
function meet(tally: Tally, b: Standing, e: number, takenBy: readonly Taken[] | null, p2: number): void {
  const partner = b.actor;
  shareEvent(tally, partner, e);
  if (takenBy) for (const t of takenBy) if (t.tie && t.p1 !== p2) addTie(tally, partner, t.tie);
  if (b.tie) addTie(tally, partner, b.tie);
}

function addTie(tally: Tally, partner: number, tie: Tie): void {
  const ties = tally.ties[partner];
  if (ties) ties.add(tie);
  else tally.ties[partner] = new Set([tie]);
}

/** The partners ranked from the pair counts (as the count ranks them: shared events, then actor order), with their latest shared events. */
function fromPairCounts(projection: Projection, pairs: PairCounts, asked: number, filter: CoParticipantFilter): CoParticipantValue[] {
  const row = asked * pairs.actors;
  const partners: number[] = [];
  for (let b = 0; b < pairs.actors; b++) if (b !== asked && pairs.shared[row + b]! > 0) partners.push(b);
  const top = partners.sort((x, y) => pairs.shared[row + y]! - pairs.shared[row + x]! || x - y).slice(0, filter.first);
  const events = latestShared(projection, filter, asked, top.map((b) => ({ partner: b, shared: pairs.shared[row + b]! })));
  return top.map((partner, i) => ({
    partnerId: projection.actorIds[partner]!,
    sharedEventCount: pairs.shared[row + partner]!,
    eventIds: events[i]!.map((e) => projection.eventIds[e]!),
    foldedMembers: false,
    via: toAffiliations([]),
  }));
}

/**
 * Each partner's first eventsPerPartner shared events, latest first: the
 * asked actor's participations are read in that order (actorPartsLatestFirst)
 * only until every partner has its own (a busy pair's latest few come early).
 */
function latestShared(projection: Projection, filter: CoParticipantFilter, asked: number, top: { partner: number; shared: number }[]): number[][] {
  const k = filter.eventsPerPartner;
  const lists = top.map((): number[] => []);
  let missing = top.reduce((n, t) => n + Math.min(k, t.shared), 0);
  if (missing === 0) return lists;
  const slot = new Int32Array(projection.actorIds.length).fill(-1);
  top.forEach((t, i) => (slot[t.partner] = i));
  let last = -1;
  for (let i = projection.actorPartFrom[asked]!; i < projection.actorPartFrom[asked + 1]!; i++) {
    const p1 = projection.actorPartsLatestFirst[i]!;
    const e = projection.partEvent[p1]!;
    // An event met again through another participation of the asked actor is read once, when one of them counts.
    if (e === last || !participationCounts(projection, p1, filter, null) || !eventCounts(projection, filter, e)) continue;
    last = e;
    for (let p2 = projection.partFrom[e]!; p2 < projection.partFrom[e + 1]!; p2++) {
      const at = slot[projection.partActor[p2]!]!;
      if (at === -1) continue;
      const list = lists[at]!;
      if (list.length === k || list[list.length - 1] === e || !participationCounts(projection, p2, filter, null)) continue;
      list.push(e);
      if (--missing === 0) return lists;
    }
  }
  return lists;
}
