import { describe, expect, it } from "vitest";
import { EventRelationsDocument, MemberParticipationsDocument, type MemberParticipationsQuery } from "../generated/graphql.js";
import { execute, type TypedResult } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";
import { silentLogger } from "../support/db.js";
import type { Database } from "../../src/db/database.js";
import { applyMigrations } from "../../src/db/migrations.apply.js";
import { applySchema } from "../../src/db/schema.apply.js";
import type { App } from "../../src/server.js";
import { ImportService } from "../../src/import/import.service.js";

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

  it("pages keep the full order (newest first, then title) across pages, when a date's ties straddle a page's end, and after an edit moves an event", async () => {
    const { db } = graph();
    const app = graph().app;
    const importer = new ImportService(db.runner, silentLogger);
    const source = "source:wco-news-2019-06-03-kyoto";
    const events = [["a", "2026-01-02"], ["b", "2026-01-02"], ["c", "2026-01-01"], ["d", "2026-01-01"], ["e", "2026-01-01"], ["f", null]] as const;
    const event = (k: string, date: string | null, title = `Tie ${k.toUpperCase()}`) => ({
      kind: "node", label: "Event", id: `event:tie-${k}`, props: { title, kind: "workshop", ...(date ? { startDate: date } : {}) }, sources: [source],
    });
    /** The member's participations, read page by page with pages of `first`. */
    const pagedIds = async (first: number) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        // includeSynthetic: false is the field's default.
        const conn = participationsOf(await execute(app, MemberParticipationsDocument, { id: "member:tie", first, after, includeSynthetic: false }));
        ids.push(...conn.edges.map((e) => e.node.id));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      return ids;
    };
    try {
      // Written through the importer (as every write is), in an order unlike the answer's, so storage order cannot pass for sorting.
      await importer.importRecords("tie", [
        { kind: "node", label: "Member", id: "member:tie", props: { name: "Tieland", kind: "country" }, sources: [source] },
        ...[...events].reverse().map(([k, d]) => event(k, d)),
        ...[...events].reverse().map(([k]) => ({ kind: "rel", type: "PARTICIPATED_IN", from: "member:tie", to: `event:tie-${k}`, props: { role: "PARTICIPANT" }, sources: [source] })),
      ]);
      const expected = events.map(([k]) => `event:tie-${k}`);
      for (const first of [1, 2, 3, 4]) expect(await pagedIds(first), `pages of ${first}`).toEqual(expected);
      // An edit that changes an event's date and another's title reorders the pages (the writer keeps the page keys).
      await importer.importRecords("tie-edit", [event("f", "2026-01-03"), event("e", "2026-01-01", "Tie 0")]);
      const edited = ["f", "a", "b", "e", "c", "d"].map((k) => `event:tie-${k}`);
      for (const first of [1, 4]) expect(await pagedIds(first), `after the edit, pages of ${first}`).toEqual(edited);
    } finally {
      // Leaves the shared prepared graph as it was (the next file checks its counts).
      const session = db.driver.session({ database: db.name });
      await session.run("MATCH (n:Entity) WHERE n.id = 'member:tie' OR n.id STARTS WITH 'event:tie-' DETACH DELETE n");
      // and the change feed's records of these writes (the prepared graph's check counts every node).
      await session.run("MATCH (c:Change) WHERE c.origin STARTS WITH 'tie' DELETE c");
      await session.close();
    }
  });

  // Relationships written with Cypher of one's own, around the importer, have no page key, so
  // relation pages do not list them (their totalCount, Neo4j's degree, does count them).
  const writeAroundTheImporter = (db: Database) =>
    db.driver.executeQuery(
      "CREATE (m:Entity:Member {id: 'member:raw', name: 'Rawland', kind: 'country'}) WITH m UNWIND $events AS ev " +
        "CREATE (m)-[:PARTICIPATED_IN {role: 'PARTICIPANT', key: 'PARTICIPANT', sources: []}]->(:Entity:Event {id: 'event:raw-' + ev[0], title: 'Raw ' + ev[0], kind: 'workshop', startDate: ev[1]})",
      { events: [["x", "2020"], ["y", "2021-06"], ["z", "2021"]] },
      { database: db.name },
    );
  const removeRaw = (db: Database) =>
    db.driver.executeQuery("MATCH (n:Entity) WHERE n.id = 'member:raw' OR n.id STARTS WITH 'event:raw-' DETACH DELETE n", {}, { database: db.name });
  const rawPage = async (app: App) => participationsOf(await execute(app, MemberParticipationsDocument, { id: "member:raw", first: 10, includeSynthetic: false }));
  // Newest first (2021-06, then 2021, then 2020): the page key's order.
  const newestFirst = ["event:raw-y", "event:raw-z", "event:raw-x"];
  const fill = "001-page-key-fill";
  const fillRecord = async (db: Database) =>
    (await db.driver.executeQuery("MATCH (m:Migration {id: $fill}) RETURN m.changed AS changed", { fill }, { database: db.name })).records.map((r) => Number(r.get("changed")));

  it("the page-key fill runs once per database: a database without its record gets it at start, and records it", async () => {
    const { app, db } = graph();
    try {
      await db.driver.executeQuery("MATCH (m:Migration {id: $fill}) DELETE m", { fill }, { database: db.name });
      await writeAroundTheImporter(db);
      await applySchema(db.runner, silentLogger);
      const conn = await rawPage(app);
      expect(conn.edges.map((e) => e.node.id)).toEqual(newestFirst);
      expect(conn.totalCount).toBe(3);
      // Every other relationship of the graph already had its key (the importer writes it): only these three lacked one.
      expect(await fillRecord(db)).toEqual([3]);
    } finally {
      await removeRaw(db);
    }
  });

  it("after that, a start does not look for relationships written around the importer; npm run db:migrate -- --again page-key-fill keys them", async () => {
    const { app, db } = graph();
    try {
      await applySchema(db.runner, silentLogger);
      expect(await fillRecord(db)).toHaveLength(1);
      await writeAroundTheImporter(db);
      await applySchema(db.runner, silentLogger);
      const unkeyed = await rawPage(app);
      expect(unkeyed.edges).toEqual([]);
      expect(unkeyed.totalCount).toBe(3);
      // What the command runs after the start-up steps (src/db/migrate.cli.ts).
      expect(await applyMigrations(db.runner, silentLogger, { again: ["page-key-fill"] })).toEqual([fill]);
      expect((await rawPage(app)).edges.map((e) => e.node.id)).toEqual(newestFirst);
      expect(await fillRecord(db)).toEqual([3]);
    } finally {
      await removeRaw(db);
    }
  });
});
