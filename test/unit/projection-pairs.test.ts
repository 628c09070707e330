import { describe, expect, it } from "vitest";
import type { CoParticipantFilter } from "../../src/analysis/analysis.repository.js";
import { periodParams } from "../../src/graphql/period.js";
import { countCoParticipants, projectCoParticipants } from "../../src/projection/projection.coparticipants.js";
import { buildProjection, type ActorRow, type EventRow } from "../../src/projection/projection.model.js";
import { countsEverything } from "../../src/projection/projection.pairs.js";

/** Actors at events, some several times, some synthetically, some events synthetic or undated, with a few busy actors. */
function randomProjection(seed: number) {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = (n: number) => Math.floor(random() * n);
  const actors: ActorRow[] = Array.from({ length: 40 }, (_, i) => {
    const id = i < 32 ? `member:m${String(i).padStart(2, "0")}` : `organization:o${i}`;
    return { id, member: i < 32, name: id, regions: [], labels: ["Entity", i < 32 ? "Member" : "Organization"], props: { id } };
  });
  const events: EventRow[] = Array.from({ length: 300 }, (_, e) => {
    const dated = random() < 0.85;
    const participations: EventRow["participations"] = [];
    const size = 1 + pick(9);
    for (let k = 0; k < size; k++) {
      const actor = random() < 0.4 ? actors[pick(3)]! : actors[pick(actors.length)]!;
      participations.push([actor.id, random() < 0.25, random() < 0.1, ["source:s1"]]);
    }
    return {
      id: `event:e${String(e).padStart(3, "0")}`,
      startDate: dated ? `20${10 + pick(15)}-0${1 + pick(9)}` : null,
      endDate: null,
      synthetic: random() < 0.2,
      programmes: [],
      participations,
    };
  });
  return buildProjection({ version: 1, history: "h" }, actors, events, [], []);
}

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
