import { inStatedOrder, toAffiliation, type ProgrammeFilter } from "../analysis/analysis.repository.js";
import type { AffiliateEvidenceValue, MembershipValue } from "../analysis/analysis.model.js";
import type { Projection, Tie } from "./projection.model.js";
import { eventCounts, tieFolds } from "./projection.rules.js";

/**
 * Members in the activities of ALL (or ANY) of some programmes, counted on the
 * projection: the answer cypher/analysis/members-in-programmes.cypher gives
 * (its reference), in one pass over the events of the programmes asked about.
 */

/** What one member showed for one programme: its events, and those each affiliate brought. */
interface Shown {
  events: number[];
  byTie: Map<Tie, number[]>;
}

/** Adds an event once: events are read one at a time, so a repeat is the last one added. */
function addOnce(list: number[], e: number): void {
  if (list[list.length - 1] !== e) list.push(e);
}

export function projectMembersInProgrammes(projection: Projection, filter: ProgrammeFilter): MembershipValue[] {
  const slots = new Map(filter.codes.map((code, i) => [code, i]));
  const eventFilter = { ...filter, programme: null };
  const folds = (t: Tie) => tieFolds({ ...filter, certainOnly: false }, t);
  const shown = new Map<number, (Shown | undefined)[]>();
  const show = (member: number, slot: number): Shown => {
    let row = shown.get(member);
    if (!row) shown.set(member, (row = new Array<Shown | undefined>(filter.codes.length)));
    return (row[slot] ??= { events: [], byTie: new Map() });
  };

  for (let e = 0; e < projection.eventIds.length; e++) {
    const asked = projection.eventProgrammes[e]!.flatMap((code) => (slots.has(code) ? [slots.get(code)!] : []));
    if (asked.length === 0 || !eventCounts(projection, eventFilter, e)) continue;
    for (let p = projection.partFrom[e]!; p < projection.partFrom[e + 1]!; p++) {
      if (!filter.includeSynthetic && projection.partSynthetic[p] === 1) continue;
      const actor = projection.partActor[p]!;
      // A member takes part for itself; folded, an organization takes part for each member it is tied to.
      const standing = projection.actorIsMember[actor] === 1 ? [{ member: actor, tie: null }] : (projection.tiesOf.get(actor) ?? []).filter(folds).map((t) => ({ member: t.member, tie: t }));
      for (const { member, tie } of standing) {
        for (const slot of asked) {
          const s = show(member, slot);
          addOnce(s.events, e);
          if (!tie) continue;
          const brought = s.byTie.get(tie);
          if (brought) addOnce(brought, e);
          else s.byTie.set(tie, [e]);
        }
      }
    }
  }

  const ids = (events: number[]) => (filter.withEvents ? events.map((e) => projection.eventIds[e]!) : []);
  const answers: MembershipValue[] = [];
  for (const [member, row] of shown) {
    const evidence = filter.codes.flatMap((code, slot) => {
      const s = row[slot];
      if (!s) return [];
      const throughAffiliates: AffiliateEvidenceValue[] = [...s.byTie].map(([t, events]) => ({ affiliation: affiliation(projection, t), eventIds: ids(events) }));
      return [{ code, programmeId: projection.programmeIds.get(code)!, eventIds: ids(s.events), throughAffiliates }];
    });
    if (filter.match === "ANY" || evidence.length === filter.codes.length) {
      answers.push({ memberId: projection.actorIds[member]!, foldedMembers: filter.foldMembers, evidence: inStatedOrder(filter.codes, evidence) });
    }
  }
  return answers.sort(byName(projection));
}

function affiliation(projection: Projection, t: Tie) {
  return toAffiliation({ organizationId: projection.actorIds[t.organization]!, memberId: projection.actorIds[t.member]!, role: t.role, uncertain: t.uncertain, uncertainty: t.uncertainty });
}

/** ORDER BY m.name, m.id: names as Cypher compares strings, a missing name last. */
function byName(projection: Projection) {
  const key = (a: MembershipValue) => projection.actorNames[projection.actorIndex.get(a.memberId)!] ?? null;
  return (x: MembershipValue, y: MembershipValue) => {
    const nx = key(x);
    const ny = key(y);
    if (nx !== ny) return nx === null ? 1 : ny === null ? -1 : nx < ny ? -1 : 1;
    return x.memberId < y.memberId ? -1 : x.memberId > y.memberId ? 1 : 0;
  };
}
