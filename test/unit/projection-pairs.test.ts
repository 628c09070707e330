import { describe, expect, it } from "vitest";
import type { CoParticipantFilter } from "../../src/analysis/analysis.repository.js";
import { periodParams } from "../../src/graphql/period.js";
import { countCoParticipants, projectCoParticipants } from "../../src/projection/projection.coparticipants.js";
import { countsEverything } from "../../src/projection/projection.pairs.js";
import { randomProjection } from "../support/random-projection.js";

describe("co-participants from pair counts", () => {
  it("ranks every actor's partners, with their latest shared events, as the count does", () => {
    const projection = randomProjection(5);
    const base: CoParticipantFilter = { id: "", first: 10, eventsPerPartner: 3, programme: null, ...periodParams(null, null), foldMembers: false, foldRoles: null, sourceIds: null, certainOnly: false, includeSynthetic: true };
    let compared = 0;
    for (const id of projection.actorIds) {
      for (const includeSynthetic of [true, false]) {
        for (const [first, eventsPerPartner] of [[10, 3], [100, 100], [3, 0], [0, 5]] as const) {
          const filter = { ...base, id, includeSynthetic, first, eventsPerPartner };
          expect(countsEverything(filter)).toBe(true);
          const expected = countCoParticipants(projection, filter);
          expect(projectCoParticipants(projection, filter), `${id}, synthetic ${includeSynthetic}, ${first}, ${eventsPerPartner}`).toEqual(expected);
          compared += expected.reduce((n, c) => n + 1 + c.eventIds.length, 0);
        }
      }
    }
    expect(compared).toBeGreaterThan(5_000);
  });

  it("is used only by filters that count every event and participation", () => {
    const base: CoParticipantFilter = { id: "member:m00", first: 10, eventsPerPartner: 3, programme: null, ...periodParams(null, null), foldMembers: false, foldRoles: null, sourceIds: null, certainOnly: false, includeSynthetic: false };
    expect(countsEverything(base)).toBe(true);
    expect(countsEverything({ ...base, ...periodParams("2019", null) })).toBe(false);
    expect(countsEverything({ ...base, programme: "SP" })).toBe(false);
    expect(countsEverything({ ...base, foldMembers: true })).toBe(false);
    expect(countsEverything({ ...base, certainOnly: true })).toBe(false);
    expect(countsEverything({ ...base, sourceIds: [] })).toBe(false);
  });
});
