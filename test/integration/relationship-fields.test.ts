import { describe, expect, it } from "vitest";
import { EventRelationsDocument, MemberParticipationsDocument, type MemberParticipationsQuery } from "../generated/graphql.js";
import { execute, type TypedResult } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/** The participations connection of a MemberParticipations answer (the node must be a member). */
function participationsOf(res: TypedResult<MemberParticipationsQuery>) {
  const node = res.data?.node;
  if (!node || !("participations" in node)) throw new Error(`no member in ${JSON.stringify(res)}`);
  return node.participations;
}

describe("relationship fields: edges with role, dates and sources, paged (on the seed and generated data)", () => {
  const graph = usePreparedGraph();

  it("relationship fields are edges with role, dates and sources: the Kyoto conference", async () => {
    const res = await execute(graph().app, EventRelationsDocument, { id: "event:2019-05-28-wco-asia-pacific-security-conference" });
    expect(res.errors).toBeUndefined();
    const event = res.data!.node as Extract<NonNullable<typeof res.data>["node"], { participants: unknown }>;
    const participants = event.participants.edges.map((e) => `${e.node.id} ${e.role}`);
    expect(participants).toEqual(expect.arrayContaining(["member:jpn HOST", "organization:wco HOST", "organization:government-of-japan FUNDER"]));
    expect(event.participants.totalCount).toBe(event.participants.edges.length);
    const japan = event.participants.edges.find((e) => e.node.id === "member:jpn")!;
    expect(japan.sources).toContainEqual({ id: "source:wco-news-2019-06-03-kyoto", publisher: "World Customs Organization" });
    const nakae = event.appearances.edges.find((e) => e.node.id === "person:motoya-nakae")!;
    expect(nakae.role).toBe("OPENED");
    const links = event.programmes.edges.map((e) => `${e.type} ${e.node.id}`);
    expect(links).toEqual(expect.arrayContaining(["ADDRESSED programme:pgs", "ADDRESSED programme:salw", "ACTIVITY_OF programme:sp"]));
    const mikuriya = event.appearances.edges.find((e) => e.node.id === "person:kunio-mikuriya")!;
    const offices = (mikuriya.node as { offices: { edges: { title: string | null; since: string | null; until: string | null }[] } }).offices.edges;
    expect(offices).toContainEqual(expect.objectContaining({ title: "Secretary General", since: "2009-01-01", until: "2023-12-31" }));
  });

  it("relationship pages follow their cursors to the end without repeats, and filter by role", async () => {
    const app = graph().app;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const conn = participationsOf(await execute(app, MemberParticipationsDocument, { id: "member:jpn", first: 3, after, includeSynthetic: true }));
      total = conn.totalCount;
      seen.push(...conn.edges.map((e) => `${e.node.id} ${e.role}`));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    // Pages of 3 put together are the one big page: the statement's two-step page (by date, then
    // the full order among the candidates) keeps the order across pages, ties on a date included.
    const whole = participationsOf(await execute(app, MemberParticipationsDocument, { id: "member:jpn", first: 100, includeSynthetic: true }));
    expect(seen.slice(0, 100)).toEqual(whole.edges.map((e) => `${e.node.id} ${e.role}`));
    const hosts = participationsOf(await execute(app, MemberParticipationsDocument, { id: "member:jpn", first: 100, role: "HOST", includeSynthetic: false }));
    expect(hosts.edges.length).toBeGreaterThan(0);
    expect(hosts.edges.every((e) => e.role === "HOST" && !e.synthetic)).toBe(true);
  });

  it("pages keep the full order (newest first, then title) across pages, when a date's ties straddle a page's end", async () => {
    const { app, db } = graph();
    const session = db.driver.session({ database: db.name });
    const events = [["a", "2026-01-02"], ["b", "2026-01-02"], ["c", "2026-01-01"], ["d", "2026-01-01"], ["e", "2026-01-01"], ["f", null]] as const;
    try {
      await session.run(
        "CREATE (m:Entity:Member {id: 'member:tie', name: 'Tieland', kind: 'country'}) " +
          "WITH m UNWIND $events AS ev " +
          "CREATE (m)-[:PARTICIPATED_IN {role: 'PARTICIPANT', sources: []}]->(:Entity:Event {id: 'event:tie-' + ev[0], title: 'Tie ' + toUpper(ev[0]), kind: 'workshop', startDate: ev[1]})",
        // Created in an order unlike the answer's, so storage order cannot pass for sorting.
        { events: [...events].reverse().map(([k, d]) => [k, d]) },
      );
      const expected = events.map(([k]) => `event:tie-${k}`);
      for (const first of [1, 2, 3, 4]) {
        const ids: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 10; page++) {
          // includeSynthetic: false is the field's default.
          const conn = participationsOf(await execute(app, MemberParticipationsDocument, { id: "member:tie", first, after, includeSynthetic: false }));
          ids.push(...conn.edges.map((e) => e.node.id));
          if (!conn.pageInfo.hasNextPage) break;
          after = conn.pageInfo.endCursor;
        }
        expect(ids, `pages of ${first}`).toEqual(expected);
      }
    } finally {
      // Leaves the shared prepared graph as it was (the next file checks its counts).
      await session.run("MATCH (n:Entity) WHERE n.id = 'member:tie' OR n.id STARTS WITH 'event:tie-' DETACH DELETE n");
      await session.close();
    }
  });
});
