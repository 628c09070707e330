import { describe, expect, it } from "vitest";
import { TimelineDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

describe("timeline (on the seed and generated data)", () => {
  const graph = usePreparedGraph();

  it("Dr Mikuriya's events in date order, with his roles; a period narrows it", async () => {
    const app = graph().app;
    const res = await execute(app, TimelineDocument, { id: "person:kunio-mikuriya", first: 100 });
    expect(res.errors).toBeUndefined();
    const entries = res.data!.timeline;
    const dates = entries.map((e) => e.date ?? "");
    expect(dates).toEqual([...dates].sort());
    const at = (id: string) => entries.filter((e) => e.event.id === id).map((e) => `${e.relation} ${e.role}`).sort();
    expect(at("event:2018-10-02-wco-global-security-conference")).toEqual(["SPOKE_AT KEYNOTE"]);
    expect(at("event:2019-05-28-wco-asia-pacific-security-conference")).toEqual(["SPOKE_AT CLOSED", "SPOKE_AT OPENED"]);
    const only2019 = await execute(app, TimelineDocument, { id: "person:kunio-mikuriya", from: "2019", to: "2019" });
    expect(only2019.data!.timeline.length).toBeGreaterThan(0);
    expect(only2019.data!.timeline.every((e) => (e.date ?? "").startsWith("2019"))).toBe(true);
  });

  it("of a programme counts its sub-programmes' activities; an unknown id is NOT_FOUND", async () => {
    const app = graph().app;
    const sp = await execute(app, TimelineDocument, { id: "programme:sp", first: 100 });
    expect(sp.data!.timeline.some((e) => e.role === "VIA_SUB_PROGRAMME")).toBe(true);
    expect((await execute(app, TimelineDocument, { id: "person:nobody" })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });
});
