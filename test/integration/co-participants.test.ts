import { describe, expect, it } from "vitest";
import { CoParticipantsDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

describe("coParticipants (on the seed and generated data)", () => {
  const graph = usePreparedGraph();

  it("on the seed: who shared events with Japan", async () => {
    const res = await execute(graph().app, CoParticipantsDocument, { id: "member:jpn", first: 50 });
    expect(res.errors).toBeUndefined();
    const partners = res.data!.coParticipants.map((c) => c.partner.id);
    // Kyoto 2019: co-hosted with the WCO and funded by the Government of Japan.
    expect(partners).toEqual(expect.arrayContaining(["organization:wco", "organization:government-of-japan"]));
    const wco = res.data!.coParticipants.find((c) => c.partner.id === "organization:wco")!;
    expect(wco.sharedEvents.map((e) => e.id)).toContain("event:2019-05-28-wco-asia-pacific-security-conference");
    expect(wco.sharedEventCount).toBe(wco.sharedEvents.length);
  });

  it("matches an independent count over generated data", async () => {
    const byEvent = new Map<string, Set<string>>();
    for (const r of (await graph().records()).rels) {
      if (r.type === "PARTICIPATED_IN") byEvent.set(r.to, (byEvent.get(r.to) ?? new Set()).add(r.from));
    }
    // The most active member of the generated data.
    const activity = new Map<string, number>();
    for (const set of byEvent.values()) for (const p of set) if (p.startsWith("member:")) activity.set(p, (activity.get(p) ?? 0) + 1);
    const [focus] = [...activity.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const shared = new Map<string, number>();
    for (const set of byEvent.values()) {
      if (!set.has(focus)) continue;
      for (const p of set) if (p !== focus) shared.set(p, (shared.get(p) ?? 0) + 1);
    }
    const expected = [...shared.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 25);

    const res = await execute(graph().app, CoParticipantsDocument, { id: focus, first: 25, includeSynthetic: true });
    expect(res.errors).toBeUndefined();
    expect(res.data!.coParticipants.map((c) => [c.partner.id, c.sharedEventCount])).toEqual(expected);
  });

  it("an unknown id is NOT_FOUND, an event id is BAD_USER_INPUT, too many partners says by how much", async () => {
    const app = graph().app;
    expect((await execute(app, CoParticipantsDocument, { id: "member:atlantis" })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    const event = await execute(app, CoParticipantsDocument, { id: "event:2019-05-28-wco-asia-pacific-security-conference" });
    expect(event.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const many = await execute(app, CoParticipantsDocument, { id: "member:jpn", first: 150 });
    expect(many.errors?.[0]?.message).toBe("first is 150, over the maximum of 100 by 50");
  });

  it("with an unknown programme code is BAD_USER_INPUT, not an empty answer", async () => {
    const res = await execute(graph().app, CoParticipantsDocument, { id: "member:jpn", programme: "NOPE" });
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain('"NOPE"');
  });
});
