import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate/generate.service.js";
import { loadWorld } from "../../src/generate/generate.world.js";
import { readImportFile } from "../../src/import/import.reader.js";
import { ImportService } from "../../src/import/import.service.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import type { App } from "../../src/server.js";
import {
  CoParticipantsDocument,
  CooperationNetworkDocument,
  EventRelationsDocument,
  MemberParticipationsDocument,
  MembersInProgrammesDocument,
  NeighbourhoodDocument,
  NestedDepthDocument, SearchDocument, ShortestPathDocument, TimelineDocument } from "../generated/graphql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { silentLogger } from "../support/db.js";
import { execute, executeText } from "../support/graphql.js";

const QUERY = /* GraphQL */ `
  query Members($programmes: [String!]!, $match: ProgrammeMatch, $from: PartialDate, $to: PartialDate, $synthetic: Boolean) {
    membersInProgrammes(programmes: $programmes, match: $match, from: $from, to: $to, includeSynthetic: $synthetic) {
      member { id name }
      programmes { code programme { id } events { id startDate } }
    }
  }
`;

type Answer = { member: { id: string }; programmes: { code: string; programme: { id: string }; events: { id: string }[] }[] }[];

/**
 * The headline question, "which members took part in both PGS and SALW
 * activities?", on the seed and on generated data, where the answer is
 * computed a second time, independently, from the files themselves.
 */
describe("relationship queries: membersInProgrammes, coParticipants", () => {
  let t: TestApp;
  let app: App;
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-mip-"));
  let files: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      seed: true,
      // The d+1 statements test asks for full dashboard pages four levels down (an estimated
      // cost of about 850,000, over the default 50,000); the cost limit itself is tested in limits.test.ts.
      limits: { cost: 1_000_000 },
      prepare: async (db) => {
        files = (await generate(await loadWorld(seedFiles()), { scale: "small", seed: 11, outDir: dir })).files;
        await new ImportService(db.runner, silentLogger).importFiles(files);
      },
    });
    app = t.app;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ask = async (variables: Record<string, unknown>) => {
    const res = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query: QUERY, variables } });
    return res.json() as { data?: { membersInProgrammes: Answer }; errors?: { message: string; extensions: { code: string } }[] };
  };

  it("on the seed: Japan, through the Kyoto conference, which addressed both, with its source", async () => {
    const res = await execute(app, MembersInProgrammesDocument, { programmes: ["PGS", "SALW"] });
    expect(res.errors).toBeUndefined();
    const kyoto = {
      id: "event:2019-05-28-wco-asia-pacific-security-conference",
      title: "WCO Asia/Pacific Security Conference",
      startDate: "2019-05-28",
      sources: expect.arrayContaining([expect.objectContaining({ id: "source:wco-news-2019-06-03-kyoto" })]),
    };
    expect(res.data?.membersInProgrammes).toEqual([
      {
        member: { id: "member:jpn", name: "Japan", administrationName: "Japan Customs" },
        programmes: [
          { code: "PGS", programme: { id: "programme:pgs", name: "Programme Global Shield" }, events: [kyoto] },
          { code: "SALW", programme: { id: "programme:salw", name: "Small Arms and Light Weapons Project" }, events: [kyoto] },
        ],
      },
    ]);
  });

  it("a period that excludes 2019 leaves no one; one that includes it keeps Japan", async () => {
    expect((await ask({ programmes: ["PGS", "SALW"], to: "2018" })).data?.membersInProgrammes).toEqual([]);
    expect((await ask({ programmes: ["PGS", "SALW"], from: "2019-05", to: "2019" })).data?.membersInProgrammes.map((m) => m.member.id)).toEqual(["member:jpn"]);
  });

  it("matches an independent computation over generated data, for ALL and for ANY", async () => {
    // Independent: read the seed and the generated files and follow the rule in plain TypeScript.
    const partOf = new Map<string, string[]>();
    const programmesOf = new Map<string, Set<string>>();
    const participants = new Map<string, Set<string>>();
    const codeOf = new Map<string, string>();
    for (const path of [...seedFiles(), ...files]) {
      const f = await readImportFile(path);
      for (const n of f.nodes) if (n.label === "Programme") codeOf.set(n.id, String(n.props.code));
      for (const r of f.rels) {
        if (r.type === "PART_OF" && r.from.startsWith("programme:")) partOf.set(r.from, [...(partOf.get(r.from) ?? []), r.to]);
        if (r.type === "ACTIVITY_OF" || r.type === "ADDRESSED") programmesOf.set(r.from, (programmesOf.get(r.from) ?? new Set()).add(r.to));
        if (r.type === "PARTICIPATED_IN" && r.from.startsWith("member:")) participants.set(r.to, (participants.get(r.to) ?? new Set()).add(r.from));
      }
    }
    const ancestors = (p: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(p)) return seen;
      seen.add(p);
      for (const parent of partOf.get(p) ?? []) ancestors(parent, seen);
      return seen;
    };
    const membersFor = (code: string) => {
      const out = new Set<string>();
      for (const [event, programmes] of programmesOf) {
        const hit = [...programmes].some((p) => [...ancestors(p)].some((a) => codeOf.get(a) === code));
        if (hit) for (const m of participants.get(event) ?? []) out.add(m);
      }
      return out;
    };
    const pgs = membersFor("PGS");
    const salw = membersFor("SALW");
    const both = [...pgs].filter((m) => salw.has(m)).sort();
    const either = [...new Set([...pgs, ...salw])].sort();
    expect(both.length).toBeGreaterThan(10);
    expect(either.length).toBeGreaterThan(both.length - 1);

    const all = await ask({ programmes: ["PGS", "SALW"], synthetic: true });
    expect(all.data?.membersInProgrammes.map((m) => m.member.id).sort()).toEqual(both);
    const any = await ask({ programmes: ["PGS", "SALW"], match: "ANY", synthetic: true });
    expect(any.data?.membersInProgrammes.map((m) => m.member.id).sort()).toEqual(either);

    // Without synthetic data, the answer is the seed's again.
    expect((await ask({ programmes: ["PGS", "SALW"] })).data?.membersInProgrammes.map((m) => m.member.id)).toEqual(["member:jpn"]);
  });

  it("sends at most one statement per level, however many rows (no N+1)", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json" },
      payload: { query: QUERY, variables: { programmes: ["PGS", "SALW"], match: "ANY", synthetic: true } },
    });
    expect(res.json().data.membersInProgrammes.length).toBeGreaterThan(20);
    // Depth 3 (answer -> member / programmes -> programme / events): the answer, which brings its
    // members along, and the entity loader's batch of programmes and events. No codes check: every
    // code is in the evidence. One statement per member or event would be hundreds.
    const statements = Number(res.headers["x-cypher-statements"]);
    expect(statements).toBeGreaterThanOrEqual(2);
    expect(statements).toBeLessThanOrEqual(3);
  });

  it("coParticipants on the seed: who shared events with Japan", async () => {
    const res = await execute(app, CoParticipantsDocument, { id: "member:jpn", first: 50 });
    expect(res.errors).toBeUndefined();
    const partners = res.data!.coParticipants.map((c) => c.partner.id);
    // Kyoto 2019: co-hosted with the WCO and funded by the Government of Japan.
    expect(partners).toEqual(expect.arrayContaining(["organization:wco", "organization:government-of-japan"]));
    const wco = res.data!.coParticipants.find((c) => c.partner.id === "organization:wco")!;
    expect(wco.sharedEvents.map((e) => e.id)).toContain("event:2019-05-28-wco-asia-pacific-security-conference");
    expect(wco.sharedEventCount).toBe(wco.sharedEvents.length);
  });

  it("coParticipants matches an independent count over generated data", async () => {
    const byEvent = new Map<string, Set<string>>();
    for (const path of [...seedFiles(), ...files]) {
      for (const r of (await readImportFile(path)).rels) {
        if (r.type === "PARTICIPATED_IN") byEvent.set(r.to, (byEvent.get(r.to) ?? new Set()).add(r.from));
      }
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

    const res = await execute(app, CoParticipantsDocument, { id: focus, first: 25, includeSynthetic: true });
    expect(res.errors).toBeUndefined();
    expect(res.data!.coParticipants.map((c) => [c.partner.id, c.sharedEventCount])).toEqual(expected);
  });

  it("coParticipants: an unknown id is NOT_FOUND, an event id is BAD_USER_INPUT, too many partners says by how much", async () => {
    expect((await execute(app, CoParticipantsDocument, { id: "member:atlantis" })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    const event = await execute(app, CoParticipantsDocument, { id: "event:2019-05-28-wco-asia-pacific-security-conference" });
    expect(event.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const many = await execute(app, CoParticipantsDocument, { id: "member:jpn", first: 150 });
    expect(many.errors?.[0]?.message).toBe("first is 150, over the maximum of 100 by 50");
  });

  it("shortestPath: Japan to Ambassador Yamamoto through the Kyoto conference, each step with its source", async () => {
    const res = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "person:yamamoto" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.shortestPath).toEqual({
      length: 2,
      nodes: [
        { __typename: "Member", id: "member:jpn" },
        { __typename: "Event", id: "event:2019-05-28-wco-asia-pacific-security-conference" },
        { __typename: "Person", id: "person:yamamoto" },
      ],
      steps: [
        { type: "PARTICIPATED_IN", from: "member:jpn", to: "event:2019-05-28-wco-asia-pacific-security-conference", role: "HOST", sources: ["source:wco-news-2019-06-03-kyoto"] },
        { type: "SPOKE_AT", from: "person:yamamoto", to: "event:2019-05-28-wco-asia-pacific-security-conference", role: "REPRESENTED", sources: ["source:wco-news-2019-06-03-kyoto"] },
      ],
    });
  });

  it("shortestPath: respects maxHops and types, null when nothing fits, NOT_FOUND for an unknown end", async () => {
    expect((await execute(app, ShortestPathDocument, { from: "member:jpn", to: "person:yamamoto", maxHops: 1 })).data!.shortestPath).toBeNull();
    const onlyRegions = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "person:yamamoto", types: ["IN_REGION"] });
    expect(onlyRegions.data!.shortestPath).toBeNull();
    const viaRegion = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "member:kor", types: ["IN_REGION"] });
    expect(viaRegion.data!.shortestPath?.nodes.map((n) => n.id)).toEqual(["member:jpn", "region:ap", "member:kor"]);
    const missing = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "person:nobody" });
    expect(missing.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    expect(missing.errors?.[0]?.message).toContain("person:nobody");
    const tooFar = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "member:kor", maxHops: 9 });
    expect(tooFar.errors?.[0]?.message).toBe("maxHops is 9, over the maximum of 6 by 3");
  });

  it("search finds entities across labels by their words, best first, without synthetic data", async () => {
    const pgs = await execute(app, SearchDocument, { text: "Global Shield", labels: ["Programme"] });
    expect(pgs.errors).toBeUndefined();
    expect(pgs.data!.search[0]?.node).toEqual({ __typename: "Programme", id: "programme:pgs" });
    const kyoto = await execute(app, SearchDocument, { text: "Kyo" });
    expect(kyoto.data!.search.map((h) => h.node.id)).toContain("event:2019-05-28-wco-asia-pacific-security-conference");
    const scores = kyoto.data!.search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Synthetic events are titled "... (synthetic N)"; they stay out unless asked for.
    expect((await execute(app, SearchDocument, { text: "synthetic" })).data!.search.filter((h) => h.node.id.includes(":syn-"))).toEqual([]);
  });

  it("search takes Lucene syntax and hostile text as words, and refuses an unknown label", async () => {
    for (const text of ['"unbalanced', "a:b OR (c", "*", "') MATCH (n) DETACH DELETE n //"]) {
      const res = await execute(app, SearchDocument, { text });
      expect(res.errors).toBeUndefined();
    }
    const bad = await execute(app, SearchDocument, { text: "japan", labels: ["Planet"] });
    expect(bad.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("timeline: Dr Mikuriya's events in date order, with his roles; a period narrows it", async () => {
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

  it("timeline of a programme counts its sub-programmes' activities; an unknown id is NOT_FOUND", async () => {
    const sp = await execute(app, TimelineDocument, { id: "programme:sp", first: 100 });
    expect(sp.data!.timeline.some((e) => e.role === "VIA_SUB_PROGRAMME")).toBe(true);
    expect((await execute(app, TimelineDocument, { id: "person:nobody" })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("cooperationNetwork matches an independent computation of a region's weighted pairs over generated data", async () => {
    const regionOf = new Map<string, string>();
    const byEvent = new Map<string, Set<string>>();
    for (const path of [...seedFiles(), ...files]) {
      for (const r of (await readImportFile(path)).rels) {
        if (r.type === "IN_REGION") regionOf.set(r.from, r.to);
        if (r.type === "PARTICIPATED_IN" && r.from.startsWith("member:")) byEvent.set(r.to, (byEvent.get(r.to) ?? new Set()).add(r.from));
      }
    }
    const weights = new Map<string, number>();
    for (const members of byEvent.values()) {
      const inRegion = [...members].filter((m) => regionOf.get(m) === "region:ap").sort();
      for (let i = 0; i < inRegion.length; i++) {
        for (let j = i + 1; j < inRegion.length; j++) {
          const key = `${inRegion[i]} ${inRegion[j]}`;
          weights.set(key, (weights.get(key) ?? 0) + 1);
        }
      }
    }
    const expected = [...weights.entries()]
      .map(([k, weight]) => ({ source: k.split(" ")[0], target: k.split(" ")[1], weight }))
      .filter((e) => e.weight >= 2)
      .sort((a, b) => b.weight - a.weight || (a.source! < b.source! ? -1 : a.source! > b.source! ? 1 : a.target! < b.target! ? -1 : 1));

    const res = await execute(app, CooperationNetworkDocument, { region: "AP", minWeight: 2, maxEdges: 2000, includeSynthetic: true });
    expect(res.errors).toBeUndefined();
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.length).toBeLessThan(2000);
    expect(res.data!.cooperationNetwork.edges).toEqual(expected);
    const strongest = res.data!.cooperationNetwork.nodes[0]!;
    expect(strongest.node).toEqual({ __typename: "Member", id: strongest.id });
    expect(strongest.strength).toBe(expected.filter((e) => e.source === strongest.id || e.target === strongest.id).reduce((s, e) => s + e.weight, 0));
  });

  it("cooperationNetwork on the seed: the Jakarta workshop ties nine Asia/Pacific administrations together", async () => {
    const res = await execute(app, CooperationNetworkDocument, { region: "AP" });
    expect(res.errors).toBeUndefined();
    const ids = res.data!.cooperationNetwork.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["member:idn", "member:mys", "member:vnm"]));
    expect((await execute(app, CooperationNetworkDocument, { region: "MARS" })).errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect((await execute(app, CooperationNetworkDocument, { maxEdges: 5000 })).errors?.[0]?.message).toBe("maxEdges is 5000, over the maximum of 2000 by 3000");
  });

  it("neighbourhood: the Kyoto conference one hop out, then bounded levels around a busy member", async () => {
    const kyoto = await execute(app, NeighbourhoodDocument, { id: "event:2019-05-28-wco-asia-pacific-security-conference" });
    expect(kyoto.errors).toBeUndefined();
    const around = kyoto.data!.neighbourhood;
    expect(around.nodes.filter((n) => n.level === 0).map((n) => n.id)).toEqual(["event:2019-05-28-wco-asia-pacific-security-conference"]);
    expect(around.nodes.filter((n) => n.level === 1).map((n) => n.id)).toEqual(
      expect.arrayContaining(["member:jpn", "organization:wco", "person:yamamoto", "person:motoya-nakae", "programme:apsp"]),
    );
    expect(around.relationships).toContainEqual({ type: "SPOKE_AT", from: "person:yamamoto", to: "event:2019-05-28-wco-asia-pacific-security-conference", role: "REPRESENTED" });

    const deep = await execute(app, NeighbourhoodDocument, { id: "organization:wco", depth: 3, limitPerLevel: 7, includeSynthetic: true });
    const levels = deep.data!.neighbourhood.nodes.map((n) => n.level);
    for (const l of [1, 2, 3]) expect(levels.filter((x) => x === l).length).toBe(7);
    const ids = deep.data!.neighbourhood.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every relationship joins two nodes of the answer.
    for (const r of deep.data!.neighbourhood.relationships) expect(ids).toEqual(expect.arrayContaining([r.from, r.to]));
  });

  it("neighbourhood: depth and fan-out are capped, an unknown id is NOT_FOUND", async () => {
    expect((await execute(app, NeighbourhoodDocument, { id: "member:jpn", depth: 4 })).errors?.[0]?.message).toBe("depth is 4, over the maximum of 3 by 1");
    expect((await execute(app, NeighbourhoodDocument, { id: "member:jpn", limitPerLevel: 101 })).errors?.[0]?.message).toBe("limitPerLevel is 101, over the maximum of 100 by 1");
    expect((await execute(app, NeighbourhoodDocument, { id: "member:atlantis" })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("relationship fields are edges with role, dates and sources: the Kyoto conference", async () => {
    const res = await execute(app, EventRelationsDocument, { id: "event:2019-05-28-wco-asia-pacific-security-conference" });
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
    type Conn = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string }; role: string | null }[] };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const res: Awaited<ReturnType<typeof execute<unknown, Record<string, unknown>>>> = await execute(app, MemberParticipationsDocument, { id: "member:jpn", first: 3, after, includeSynthetic: true });
      const conn: Conn = (res.data as { node: { participations: Conn } }).node.participations;
      total = conn.totalCount;
      seen.push(...conn.edges.map((e) => `${e.node.id} ${e.role}`));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    // Pages of 3 put together are the one big page: the statement's two-step page (by date, then
    // the full order among the candidates) keeps the order across pages, ties on a date included.
    const whole = await executeText(app, '{ node(id: "member:jpn") { ... on Member { participations(first: 100, includeSynthetic: true) { edges { role node { id ... on Event { startDate } } } } } } }');
    const wholeEdges = (whole.data as { node: { participations: { edges: { role: string | null; node: { id: string; startDate: string | null } }[] } } }).node.participations.edges;
    expect(seen.slice(0, 100)).toEqual(wholeEdges.map((e) => `${e.node.id} ${e.role}`));
    const hosts = await execute(app, MemberParticipationsDocument, { id: "member:jpn", first: 100, role: "HOST", includeSynthetic: false });
    const edges = (hosts.data!.node as { participations: { edges: { role: string | null; synthetic: boolean }[] } }).participations.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.role === "HOST" && !e.synthetic)).toBe(true);
  });

  it("a nested query of depth d sends at most d+1 statements, however many rows it returns", async () => {
    // members -> participations -> appearances -> offices: depth 4.
    const res = await execute(app, NestedDepthDocument, { region: "AP", synthetic: true });
    expect(res.errors).toBeUndefined();
    const members = res.data!.members.edges;
    const participations = members.flatMap((m) => m.node.participations.edges);
    expect(members.length).toBe(35);
    expect(participations.length).toBeGreaterThan(200);
    expect(res.statements).toBeLessThanOrEqual(5);
    expect(res.statements).toBeGreaterThanOrEqual(4);
  });

  it.each(["ALL", "ANY"])("an unknown programme code is BAD_USER_INPUT naming it (match %s), even when other codes have answers", async (match) => {
    const res = await ask({ programmes: ["PGS", "NOPE"], match, synthetic: true });
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain('"NOPE"');
  });

  it("membersInProgrammes reads the events only when asked, and finds the ask inside fragments", async () => {
    const ids = (res: { data?: unknown }) => JSON.stringify(res.data);
    const direct = await executeText(app, '{ membersInProgrammes(programmes: ["PGS", "SALW"]) { member { id } programmes { code events { id } } } }');
    const rows = (direct.data as { membersInProgrammes: { programmes: { events: unknown[] }[] }[] }).membersInProgrammes;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.programmes.every((p) => p.events.length > 0))).toBe(true);
    const named = await executeText(
      app,
      '{ membersInProgrammes(programmes: ["PGS", "SALW"]) { member { id } ...P } } fragment P on ProgrammeMembership { programmes { code ...E } } fragment E on ProgrammeEvidence { events { id } }',
    );
    const inline = await executeText(app, '{ membersInProgrammes(programmes: ["PGS", "SALW"]) { member { id } ... on ProgrammeMembership { programmes { code ... { events { id } } } } } }');
    expect(ids(named)).toBe(ids(direct));
    expect(ids(inline)).toBe(ids(direct));
    const without = await executeText(app, '{ membersInProgrammes(programmes: ["PGS", "SALW"]) { member { id } programmes { code } } }');
    expect((without.data as { membersInProgrammes: unknown[] }).membersInProgrammes).toHaveLength(rows.length);
  });

  it("coParticipants with an unknown programme code is BAD_USER_INPUT, not an empty answer", async () => {
    const res = await execute(app, CoParticipantsDocument, { id: "member:jpn", programme: "NOPE" });
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain('"NOPE"');
  });

  it("pages keep the full order (newest first, then title) across pages, when a date's ties straddle a page's end", async () => {
    const session = t.db.driver.session({ database: t.db.name });
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
          const res = await executeText(app, "query ($first: Int, $after: String) { node(id: \"member:tie\") { ... on Member { participations(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } } }", { first, after });
          const conn = (res.data as { node: { participations: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } }).node.participations;
          ids.push(...conn.edges.map((e) => e.node.id));
          if (!conn.pageInfo.hasNextPage) break;
          after = conn.pageInfo.endCursor;
        }
        expect(ids, `pages of ${first}`).toEqual(expected);
      }
    } finally {
      await session.run("MATCH (n:Entity) WHERE n.id = 'member:tie' OR n.id STARTS WITH 'event:tie-' DETACH DELETE n");
      await session.close();
    }
  });

  it("answers the relationship queries in one statement each when the answer names its entities", async () => {
    const co = await execute(app, CoParticipantsDocument, { id: "member:jpn", first: 5 });
    expect(co.data!.coParticipants.length).toBeGreaterThan(0);
    const path = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "programme:pgs" });
    expect(path.data!.shortestPath).not.toBeNull();
    const around = await execute(app, NeighbourhoodDocument, { id: "member:jpn" });
    expect(around.data!.neighbourhood.nodes.length).toBeGreaterThan(1);
    // Each resolves the type of every entity it returns, which needs the entity: primed from the answer, no by-ids batch.
    for (const res of [path, around]) expect(res.statements).toBe(1);
    // coParticipants also lists each partner's shared events: one batch for those.
    expect(co.statements).toBe(2);
  });

  it("a malformed date is refused before any query runs", async () => {
    const res = await ask({ programmes: ["PGS"], from: "last tuesday" });
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/PartialDate/);
  });
});
