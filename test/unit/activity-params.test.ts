import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { ActivityArgs } from "../../src/activity/activity.args.js";
import { ActivityDimension as D, ActivityMeasure as M, ActivityOrder } from "../../src/activity/activity.enums.js";
import { activityParams } from "../../src/activity/activity.params.js";

const args = (over: Partial<ActivityArgs>) =>
  Object.assign(new ActivityArgs(), { groupBy: [D.YEAR], measure: M.EVENTS, includeSynthetic: false, includeOrganizations: false, foldMembers: false, order: ActivityOrder.VALUE_DESC, first: 20, offset: 0 }, over);

/** What activityParams() throws: message and extensions.argument, or null when the arguments pass. */
function refusal(over: Partial<ActivityArgs>): { message: string; argument: unknown } | null {
  try {
    activityParams(args(over));
    return null;
  } catch (error) {
    const e = error as { message: string; extensions: { code: string; argument?: unknown } };
    expect(e.extensions.code).toBe("BAD_USER_INPUT");
    return { message: e.message, argument: e.extensions.argument };
  }
}

describe("activityParams (activity() arguments)", () => {
  it("groupBy: at least one dimension, each once", () => {
    expect(refusal({})).toBeNull();
    expect(refusal({ groupBy: [] })).toEqual({ message: "groupBy must name at least one dimension (YEAR, PROGRAMME, REGION, EVENT_KIND, ROLE, ACTOR)", argument: "groupBy" });
    expect(refusal({ groupBy: [D.YEAR, D.ROLE, D.YEAR, D.ROLE] })).toEqual({ message: "groupBy names YEAR, ROLE more than once", argument: "groupBy" });
    expect(refusal({ groupBy: [D.YEAR, D.PROGRAMME, D.REGION, D.EVENT_KIND, D.ROLE, D.ACTOR], measure: M.PARTICIPATIONS })).toBeNull();
  });

  it("refuses what a measure cannot count: persons' regions, organizations among speakers, distinct actors per actor", () => {
    expect(refusal({ groupBy: [D.REGION], measure: M.SPEECHES })?.argument).toBe("groupBy");
    expect(refusal({ measure: M.APPEARANCES, region: "AP" })).toEqual({ message: "APPEARANCES counts persons, who have no region: region filters participation measures only", argument: "region" });
    expect(refusal({ measure: M.DISTINCT_SPEAKERS, includeOrganizations: true })?.argument).toBe("includeOrganizations");
    expect(refusal({ groupBy: [D.ACTOR], measure: M.DISTINCT_PARTICIPANTS })?.message).toMatch(/^DISTINCT_PARTICIPANTS grouped by ACTOR is 1 on every row/);
    expect(refusal({ groupBy: [D.ACTOR, D.ROLE], measure: M.SPEECHES })).toBeNull();
  });

  it("roles: at least one, of the measure's vocabulary", () => {
    expect(refusal({ roles: [] })?.argument).toBe("roles");
    expect(refusal({ measure: M.PARTICIPATIONS, roles: ["HOST", "KEYNOTE"] })).toEqual({
      message: "roles: KEYNOTE cannot be counted by PARTICIPATIONS (HOST, CO_HOST, ORGANIZER, PARTICIPANT, FUNDER, PARTNER, PRESENTER, CHAIR, SIGNATORY, VENUE)",
      argument: "roles",
    });
    expect(refusal({ measure: M.SPEECHES, roles: ["ATTENDED"] })?.message).toMatch(/^roles: ATTENDED cannot be counted by SPEECHES/);
    expect(refusal({ measure: M.APPEARANCES, roles: ["ATTENDED"] })).toBeNull();
    expect(refusal({ measure: M.APPEARANCES, roles: ["FOUNDING_PARTNER"] })?.argument).toBe("roles");
  });

  it("folding: participation measures only; foldRoles needs foldMembers and at least one role", () => {
    expect(refusal({ measure: M.PARTICIPATIONS, foldMembers: true, foldRoles: ["GOVERNMENT"] })).toBeNull();
    expect(refusal({ measure: M.SPEECHES, foldMembers: true })?.argument).toBe("foldMembers");
    expect(refusal({ foldRoles: ["GOVERNMENT"] })).toEqual({ message: "foldRoles needs foldMembers: true", argument: "foldRoles" });
    expect(refusal({ foldMembers: true, foldRoles: [] })?.argument).toBe("foldRoles");
    expect(activityParams(args({ foldMembers: true, foldRoles: ["UNIT", "UNIT"] })).foldRoles).toEqual(["UNIT"]);
  });

  it("region, period, page, event kinds", () => {
    expect(refusal({ region: "MARS" })).toEqual({ message: 'region "MARS" is not a region code (ESA, EUR, AP, MENA, AMS, WCA)', argument: "region" });
    expect(refusal({ from: "2020", to: "2019-12-31" })).toEqual({ message: "from (2020) is after to (2019-12-31)", argument: "from" });
    expect(refusal({ from: "2019-05", to: "2019" })).toBeNull();
    expect(refusal({ first: 101 })).toEqual({ message: "first is 101, over the maximum of 100 by 1", argument: "first" });
    expect(refusal({ first: 0 })?.argument).toBe("first");
    expect(refusal({ offset: -1 })?.argument).toBe("offset");
    expect(refusal({ offset: 100_001 })?.argument).toBe("offset");
    expect(refusal({ eventKinds: [] })?.argument).toBe("eventKinds");
    expect(refusal({ programme: "  " })).toEqual({ message: "programme is blank; leave it out for every programme", argument: "programme" });
  });

  it("counts events by themselves unless a dimension or filter of participations asks for them", () => {
    const ties = (over: Partial<ActivityArgs>) => activityParams(args(over)).ties;
    expect(ties({ groupBy: [D.YEAR, D.PROGRAMME, D.EVENT_KIND] })).toBe("EVENT");
    expect(ties({ groupBy: [D.YEAR, D.ROLE] })).toBe("PARTICIPATION");
    expect(ties({ groupBy: [D.YEAR], region: "ap" })).toBe("PARTICIPATION");
    expect(ties({ groupBy: [D.YEAR], roles: ["HOST"] })).toBe("PARTICIPATION");
    expect(ties({ groupBy: [D.YEAR], measure: M.DISTINCT_PARTICIPANTS })).toBe("PARTICIPATION");
    expect(ties({ groupBy: [D.YEAR], measure: M.APPEARANCES })).toBe("APPEARANCE");
  });

  it("parameters: codes as stored, the period's bounds and years, speeches without ATTENDED", () => {
    const p = activityParams(args({ measure: M.SPEECHES, programme: " pgs ", from: "2018-06", to: "2020" }));
    expect(p).toMatchObject({ programme: "PGS", fromLow: "2018-06", toHigh: "2020~", noPeriod: false, yearLow: 2018, yearHigh: 2020, speechesOnly: true, roles: null, eventKinds: null });
    expect(activityParams(args({ measure: M.APPEARANCES })).speechesOnly).toBe(false);
    expect(activityParams(args({ measure: M.PARTICIPATIONS, region: " eur " })).region).toBe("EUR");
    expect(activityParams(args({})).yearLow).toBeNull();
  });
});
