import type { ProgrammeFilter } from "../analysis/analysis.repository.js";
import { KeptWithProjection } from "./projection.kept.js";
import type { Projection } from "./projection.model.js";
import { eventCounts } from "./projection.rules.js";

/**
 * The members that took part in each programme's activities, for the
 * membersInProgrammes filters that keep every event of a programme and list
 * none (no period, no fold, no events selected; synthetic data in or out):
 * worked out once per projection (one graph version), programme and filter,
 * on first use. The headline question then reads two flags per member instead
 * of every participation of both programmes' events on each request (at large
 * scale, tens of thousands). Other filters count per request (projection.members.ts).
 */

/** took[actor] is 1 when the actor is a member with a counting participation in a counting event of the programme. */
type Took = Uint8Array;

const kept = new KeptWithProjection<string, Took>();

/** Whether the filter's answer follows from which members took part in each programme alone. */
export function needsOnlyWhoTookPart(filter: ProgrammeFilter): boolean {
  return filter.noPeriod && !filter.foldMembers && !filter.withEvents;
}

/** The members that took part in the programme's activities (its sub-programmes' included), under a filter as above. */
export function membersWhoTookPart(projection: Projection, filter: ProgrammeFilter, code: string): Took {
  return kept.get(projection, `${filter.includeSynthetic} ${code}`, () => whoTookPart(projection, filter, code));
}

function whoTookPart(projection: Projection, filter: ProgrammeFilter, code: string): Took {
  const took = new Uint8Array(projection.actorIds.length);
  const eventFilter = { ...filter, programme: null };
  for (const e of projection.eventsByProgramme.get(code) ?? []) {
    if (!eventCounts(projection, eventFilter, e)) continue;
    for (let p = projection.partFrom[e]!; p < projection.partFrom[e + 1]!; p++) {
      if (!filter.includeSynthetic && projection.partSynthetic[p] === 1) continue;
      const actor = projection.partActor[p]!;
      if (projection.actorIsMember[actor] === 1) took[actor] = 1;
    }
  }
  return took;
}
