import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { CoParticipantsArgs, MembersInProgrammesArgs, NetworkArgs, PathArgs, SearchArgs, TimelineArgs } from "../../src/analysis/analysis.args.js";
import { validate } from "../../src/analysis/analysis.validate.js";

/** What validate() throws: message and extensions.argument, or null when the args pass. */
function refusal(args: object & { includeSynthetic: boolean }): { message: string; argument: unknown } | null {
  try {
    validate(args);
    return null;
  } catch (error) {
    const e = error as { message: string; extensions: { argument?: unknown } };
    return { message: e.message, argument: e.extensions.argument };
  }
}

const co = (over: Partial<CoParticipantsArgs>) => Object.assign(new CoParticipantsArgs(), { id: "member:jpn", first: 10, eventsPerPartner: 10, includeSynthetic: false }, over);

describe("validate (analysis arguments)", () => {
  it("checks the bounds declared with the arguments, inherited ones included", () => {
    expect(refusal(co({}))).toBeNull();
    expect(refusal(co({ first: 150 }))).toEqual({ message: "first is 150, over the maximum of 100 by 50", argument: "first" });
    expect(refusal(co({ eventsPerPartner: 0 }))).toEqual({ message: "eventsPerPartner must be a whole number from 1 to 50; got 0", argument: "eventsPerPartner" });
    expect(refusal(Object.assign(new PathArgs(), { from: "member:jpn", to: "member:kor", maxHops: 9, includeSynthetic: false }))?.message).toBe("maxHops is 9, over the maximum of 6 by 3");
  });

  it("checks entity ids, wherever the argument is declared as one", () => {
    expect(refusal(co({ id: "not an id" }))?.argument).toBe("id");
    expect(refusal(Object.assign(new PathArgs(), { from: "member:jpn", to: "DROP", maxHops: 4, includeSynthetic: false }))?.message).toMatch(/is not an entity id/);
  });

  it("refuses a period that ends before it starts; a year reaches its end", () => {
    const timeline = (from: string, to: string) => Object.assign(new TimelineArgs(), { id: "person:kunio-mikuriya", first: 50, from, to, includeSynthetic: false });
    expect(refusal(timeline("2019-05", "2019"))).toBeNull();
    expect(refusal(timeline("2020", "2019"))).toEqual({ message: "from (2020) is after to (2019)", argument: "from" });
  });

  it("refuses an unknown region, an unknown label, and too few or too many programme codes", () => {
    expect(refusal(Object.assign(new NetworkArgs(), { region: "MARS", minWeight: 1, maxEdges: 500, includeOrganizations: false, includeSynthetic: false }))?.argument).toBe("region");
    expect(refusal(Object.assign(new NetworkArgs(), { region: " ap ", minWeight: 1, maxEdges: 500, includeOrganizations: false, includeSynthetic: false }))).toBeNull();
    expect(refusal(Object.assign(new SearchArgs(), { text: "x", labels: ["Planet"], first: 20, includeSynthetic: false }))?.argument).toBe("labels");
    const programmes = (codes: string[]) => Object.assign(new MembersInProgrammesArgs(), { programmes: codes, match: "ALL", includeSynthetic: false });
    expect(refusal(programmes([]))?.message).toBe("programmes must name at least one programme code, e.g. PGS");
    expect(refusal(programmes(["pgs", "PGS "]))).toBeNull();
    expect(refusal(programmes(Array.from({ length: 12 }, (_, i) => `P${i}`)))?.message).toBe("programmes has 12 codes, over the maximum of 10 by 2");
  });

  it("refuses foldRoles without foldMembers, and an empty foldRoles (either would fold nothing while saying it folded)", () => {
    expect(refusal(co({ foldMembers: true, foldRoles: ["UNIT"] }))).toBeNull();
    expect(refusal(co({ foldMembers: false, foldRoles: ["UNIT"] }))).toEqual({ message: "foldRoles needs foldMembers: true", argument: "foldRoles" });
    expect(refusal(co({ foldMembers: true, foldRoles: [] }))?.argument).toBe("foldRoles");
    const network = (over: Partial<NetworkArgs>) => Object.assign(new NetworkArgs(), { minWeight: 1, maxEdges: 500, includeOrganizations: false, includeSynthetic: false, foldMembers: false }, over);
    expect(refusal(network({ foldRoles: ["GOVERNMENT"] }))?.argument).toBe("foldRoles");
  });
});
