import { inStatedOrder, toAffiliation, type ProgrammeFilter } from "../analysis/analysis.repository.js";
import type { AffiliateEvidenceValue, EvidenceValue, MembershipValue } from "../analysis/analysis.model.js";
import type { Projection, Tie } from "./projection.model.js";
import { membersWhoTookPart, needsOnlyWhoTookPart } from "./projection.programme-members.js";
import { eventCounts, tieFolds } from "./projection.rules.js";

/**
 * Members in the activities of ALL (or ANY) of some programmes, counted on the
 * projection: the answer cypher/analysis/members-in-programmes.cypher gives
 * (its reference), reading only the participations of the programmes' events.
 * It runs on the request's thread, so the tallies are flat integer tables:
 * a dashboard's sixteen concurrent requests each read a hundred thousand
 * participations.
 */

/** What one member showed for one programme, by slot * actors + member. */
interface Tallies {
  actors: number;
  /** The last event counted (-1: none yet); events are read in order, so a repeat is the last one. */
  last: Int32Array;
  /** The events counted, kept only when the answer lists them. */
  events: Map<number, number[]> | null;
  /** The events each affiliate brought (folded only). */
  byTie: Map<number, Map<Tie, number[]>>;
}

export function projectMembersInProgrammes(projection: Projection, filter: ProgrammeFilter): MembershipValue[] {
  return needsOnlyWhoTookPart(filter) ? fromWhoTookPart(projection, filter) : countMembersInProgrammes(projection, filter);
}

/** The answer from which members took part in each programme (kept per projection): no events listed, nothing folded. */
function fromWhoTookPart(projection: Projection, filter: ProgrammeFilter): MembershipValue[] {
  const took = filter.codes.map((code) => membersWhoTookPart(projection, filter, code));
  const answers: MembershipValue[] = [];
  for (const member of projection.actorsByName) {
    const evidence: EvidenceValue[] = [];
    filter.codes.forEach((code, slot) => {
      if (took[slot]![member] === 1) evidence.push({ code, programmeId: projection.programmeIds.get(code)!, eventIds: [], throughAffiliates: [] });
    });
    if (evidence.length > 0 && (filter.match === "ANY" || evidence.length === filter.codes.length)) {
      answers.push({ memberId: projection.actorIds[member]!, foldedMembers: false, evidence });
    }
  }
  return answers;
}

/** Counted on this request: every participation of the programmes' events. */
export function countMembersInProgrammes(projection: Projection, filter: ProgrammeFilter): MembershipValue[] {
  const actors = projection.actorIds.length;
  const tallies: Tallies = { actors, last: new Int32Array(filter.codes.length * actors).fill(-1), events: filter.withEvents ? new Map() : null, byTie: new Map() };
  const eventFilter = { ...filter, programme: null };
  const folds = (t: Tie) => tieFolds({ ...filter, certainOnly: false }, t);
  filter.codes.forEach((code, slot) => {
    for (const e of projection.eventsByProgramme.get(code) ?? []) {
      if (!eventCounts(projection, eventFilter, e)) continue;
      for (let p = projection.partFrom[e]!; p < projection.partFrom[e + 1]!; p++) {
        if (!filter.includeSynthetic && projection.partSynthetic[p] === 1) continue;
        const actor = projection.partActor[p]!;
        // A member takes part for itself; folded, an organization takes part for each member it is tied to.
        if (projection.actorIsMember[actor] === 1) count(tallies, slot, actor, e, null);
        else if (filter.foldMembers) for (const t of projection.tiesOf.get(actor) ?? []) if (folds(t)) count(tallies, slot, t.member, e, t);
      }
    }
  });

  const answers: MembershipValue[] = [];
  for (const member of projection.actorsByName) {
    const evidence = filter.codes.flatMap((code, slot) => shown(projection, tallies, filter, code, slot * actors + member));
    if (evidence.length > 0 && (filter.match === "ANY" || evidence.length === filter.codes.length)) {
      answers.push({ memberId: projection.actorIds[member]!, foldedMembers: filter.foldMembers, evidence: inStatedOrder(filter.codes, evidence) });
    }
  }
  return answers;
}

function count(tallies: Tallies, slot: number, member: number, e: number, tie: Tie | null): void {
  const at = slot * tallies.actors + member;
  if (tallies.last[at] !== e) {
    tallies.last[at] = e;
    const events = tallies.events?.get(at);
    if (events) events.push(e);
    else tallies.events?.set(at, [e]);
  }
  if (!tie) return;
  let brought = tallies.byTie.get(at);
  if (!brought) tallies.byTie.set(at, (brought = new Map()));
  const list = brought.get(tie);
  if (!list) brought.set(tie, [e]);
  else if (list[list.length - 1] !== e) list.push(e);
}

function shown(projection: Projection, tallies: Tallies, filter: ProgrammeFilter, code: string, at: number): EvidenceValue[] {
  if (tallies.last[at] === -1) return [];
  const ids = (events: number[] | undefined) => (filter.withEvents && events ? events.map((e) => projection.eventIds[e]!) : []);
  const throughAffiliates: AffiliateEvidenceValue[] = [...(tallies.byTie.get(at) ?? [])].map(([t, events]) => ({
    affiliation: toAffiliation({ organizationId: projection.actorIds[t.organization]!, memberId: projection.actorIds[t.member]!, role: t.role, uncertain: t.uncertain, uncertainty: t.uncertainty }),
    eventIds: ids(events),
  }));
  return [{ code, programmeId: projection.programmeIds.get(code)!, eventIds: ids(tallies.events?.get(at)), throughAffiliates }];
}
