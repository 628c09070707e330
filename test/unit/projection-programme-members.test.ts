import { describe, expect, it } from "vitest";
import type { ProgrammeFilter } from "../../src/analysis/analysis.repository.js";
import { periodParams } from "../../src/graphql/period.js";
import { countMembersInProgrammes, projectMembersInProgrammes } from "../../src/projection/projection.members.js";
import { needsOnlyWhoTookPart } from "../../src/projection/projection.programme-members.js";
import { RANDOM_PROGRAMMES, randomProjection } from "../support/random-projection.js";

/** Every non-empty subset of the codes, in both orders where it has two or more, with a code no event has. */
function codeLists(): string[][] {
  const codes = [...RANDOM_PROGRAMMES, "Z"];
  const lists: string[][] = [];
  for (let mask = 1; mask < 1 << codes.length; mask++) {
    const list = codes.filter((_, i) => mask & (1 << i));
    lists.push(list);
    if (list.length > 1) lists.push([...list].reverse());
  }
  return lists;
}

describe("membersInProgrammes from who took part in each programme", () => {
  const base: ProgrammeFilter = { codes: [], withEvents: false, match: "ALL", ...periodParams(null, null), foldMembers: false, foldRoles: null, includeSynthetic: true };

  it("answers as the count over every participation does, for every list of programmes", () => {
    let members = 0;
    for (const seed of [3, 11]) {
      const projection = randomProjection(seed);
      for (const codes of codeLists()) {
        for (const match of ["ALL", "ANY"] as const) {
          for (const includeSynthetic of [true, false]) {
            const filter = { ...base, codes, match, includeSynthetic };
            expect(needsOnlyWhoTookPart(filter)).toBe(true);
            const expected = countMembersInProgrammes(projection, filter);
            // Twice: the second answer comes from what the first kept.
            expect(projectMembersInProgrammes(projection, filter), `${codes.join(",")} ${match} synthetic ${includeSynthetic}`).toEqual(expected);
            expect(projectMembersInProgrammes(projection, filter)).toEqual(expected);
            members += expected.length;
          }
        }
      }
    }
    // Not a comparison of empty answers: ALL of two or three programmes keeps some members, ANY most.
    expect(members).toBeGreaterThan(2_000);
    expect(projectMembersInProgrammes(randomProjection(3), { ...base, codes: ["A", "C"] }).length).toBeGreaterThan(5);
  });

  it("is used only by filters without a period, a fold or listed events", () => {
    expect(needsOnlyWhoTookPart(base)).toBe(true);
    expect(needsOnlyWhoTookPart({ ...base, ...periodParams("2019", null) })).toBe(false);
    expect(needsOnlyWhoTookPart({ ...base, ...periodParams(null, "2019") })).toBe(false);
    expect(needsOnlyWhoTookPart({ ...base, foldMembers: true })).toBe(false);
    expect(needsOnlyWhoTookPart({ ...base, withEvents: true })).toBe(false);
  });
});
