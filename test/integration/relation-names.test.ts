import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seedFiles } from "../../src/seed/seed.loader.js";
import {
  EventAppearancesDocument,
  EventParentDocument,
  EventsHeldHereDocument,
  MemberParticipationsDocument,
  MemberRegionsDocument,
  ProgrammeParentsDocument,
} from "../generated/graphql.js";
import { useTestApp } from "../support/app.js";
import { execute, executeText } from "../support/graphql.js";

type Rel = { type: string; from: string; to: string; props: Record<string, unknown>; sources: string[] };

/** The seed's relationships, read from the files as plain JSON: an account independent of the importer and the API. */
const SEED: Rel[] = seedFiles().flatMap((path) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Rel & { kind: string })
    .filter((r) => r.kind === "rel"),
);
const seedRels = (type: string, pred: (r: Rel) => boolean = () => true) => SEED.filter((r) => r.type === type && pred(r));

const KYOTO = "event:2019-05-28-wco-asia-pacific-security-conference";

/** Names that say what a field returns, roles that are enums, and one-to-one links as plain fields. */
describe("relation fields: names, role filters, one-to-one links", () => {
  const app = useTestApp({ seed: true });

  it("a role filter is an enum of the field's roles: an unknown one is BAD_USER_INPUT naming it, not an empty page", async () => {
    const variables = { id: "member:jpn", first: 100, includeSynthetic: false };
    const host = await execute(app(), MemberParticipationsDocument, { ...variables, role: "HOST" });
    expect(host.errors).toBeUndefined();
    const typo = await execute(app(), MemberParticipationsDocument, { ...variables, role: "host" as "HOST" });
    expect(typo.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(typo.errors?.[0]?.message).toMatch(/\$role.*"host".*ParticipationRole/);
    // A speaker's role on participations is not a ParticipationRole: GraphQL refuses the document.
    const wrongVocabulary = await executeText(app(), '{ node(id: "member:jpn") { ... on Member { participations(role: KEYNOTE) { totalCount } } } }');
    expect(wrongVocabulary.errors?.[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(wrongVocabulary.errors?.[0]?.message).toMatch(/ParticipationRole/);
    // Relationships without roles have no role filter at all.
    const noRoles = await executeText(app(), '{ node(id: "member:jpn") { ... on Member { fundings(role: HOST) { totalCount } } } }');
    expect(noRoles.errors?.[0]?.message).toMatch(/Unknown argument "role"/);
  });

  it("appearances are every SPOKE_AT, attendance included, each with its role and topics; a role filter keeps that role", async () => {
    const event = "event:2016-01-12-wco-interpol-meeting";
    const all = await execute(app(), EventAppearancesDocument, { id: event });
    const expected = seedRels("SPOKE_AT", (r) => r.to === event).map((r) => `${r.from} ${String(r.props.role)}`).sort();
    const edges = (all.data!.node as { appearances: { edges: { role: string | null; node: { id: string } }[] } }).appearances.edges;
    expect(edges.map((e) => `${e.node.id} ${e.role}`).sort()).toEqual(expected);
    expect(expected.some((e) => e.endsWith(" ATTENDED"))).toBe(true);
    const kyoto = await execute(app(), EventAppearancesDocument, { id: KYOTO, role: "CLOSED" });
    const closing = (kyoto.data!.node as { appearances: { edges: { role: string | null; topics: string[]; node: { id: string } }[] } }).appearances.edges;
    const stated = seedRels("SPOKE_AT", (r) => r.to === KYOTO && r.props.role === "CLOSED");
    expect(closing.map((e) => ({ id: e.node.id, role: e.role, topics: e.topics }))).toEqual(stated.map((r) => ({ id: r.from, role: "CLOSED", topics: r.props.topics ?? [] })));
    expect(closing[0]?.topics.length).toBeGreaterThan(0);
  });

  it("eventsHeldHere lists the events held at an institution (HELD_AT), which is not the events it hosted (HOST)", async () => {
    const res = await execute(app(), EventsHeldHereDocument, { id: "organization:wco" });
    const org = res.data!.node as { eventsHeldHere: { edges: { type: string; node: { id: string } }[] }; hosted: { edges: { role: string | null; node: { id: string } }[] } };
    expect(org.eventsHeldHere.edges.map((e) => e.node.id).sort()).toEqual(seedRels("HELD_AT", (r) => r.to === "organization:wco").map((r) => r.from).sort());
    expect(org.eventsHeldHere.edges.every((e) => e.type === "HELD_AT")).toBe(true);
    const hosted = seedRels("PARTICIPATED_IN", (r) => r.from === "organization:wco" && r.props.role === "HOST").map((r) => r.to).sort();
    expect(org.hosted.edges.map((e) => e.node.id).sort()).toEqual(hosted);
    expect(hosted).not.toEqual(org.eventsHeldHere.edges.map((e) => e.node.id).sort());
  });

  it("Member.region is every member's IN_REGION region, null where none is stated, in one statement for the page", async () => {
    const expected = new Map(seedRels("IN_REGION").map((r) => [r.from, r.to]));
    const got = new Map<string, string | null>();
    let after: string | null = null;
    for (;;) {
      const res: Awaited<ReturnType<typeof execute<unknown, Record<string, unknown>>>> = await execute(app(), MemberRegionsDocument, { first: 100, after });
      const members = (res.data as { members: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; region: { id: string } | null } }[] } }).members;
      for (const e of members.edges) got.set(e.node.id, e.node.region?.id ?? null);
      if (!members.pageInfo.hasNextPage) break;
      after = members.pageInfo.endCursor;
    }
    const members = [...got.keys()];
    expect(members.length).toBeGreaterThan(180);
    for (const id of members) expect(got.get(id), id).toBe(expected.get(id) ?? null);
    expect(got.get("member:vct")).toBeNull();
    // The plain field costs one statement for a page of 100 members, not one per member.
    const withRegion = await execute(app(), MemberRegionsDocument, { first: 100 });
    const plain = await app().inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query: "{ members(first: 100) { pageInfo { hasNextPage } edges { node { id } } } }" } });
    expect(withRegion.statements - Number(plain.headers["x-cypher-statements"])).toBe(1);
  });

  it("Programme.parent is the programme each is PART_OF; Event.parent the event a session belongs to", async () => {
    const res = await execute(app(), ProgrammeParentsDocument, {});
    const expected = new Map(seedRels("PART_OF", (r) => r.from.startsWith("programme:")).map((r) => [r.from, r.to]));
    const programmes = res.data!.programmes.edges.map((e) => e.node);
    expect(programmes.length).toBeGreaterThan(expected.size);
    for (const p of programmes) expect(p.parent?.id ?? null, p.id).toBe(expected.get(p.id) ?? null);
    expect(programmes.filter((p) => p.parent).length).toBe(expected.size);
    const [session] = seedRels("PART_OF", (r) => r.from.startsWith("event:"));
    const event = await execute(app(), EventParentDocument, { id: session!.from });
    expect((event.data!.node as { parent: { id: string } | null }).parent?.id).toBe(session!.to);
  });

  it("FUNDED and a FUNDER participation are two facts: the seed states both for each funded event, from the same sources", async () => {
    const funderParticipations = seedRels("PARTICIPATED_IN", (r) => r.props.role === "FUNDER");
    expect(funderParticipations.length).toBeGreaterThan(0);
    for (const p of funderParticipations) {
      const res = await execute(app(), EventAppearancesDocument, { id: p.to });
      const event = res.data!.node as {
        funders: { edges: { sourceIds: string[]; node: { id: string } }[] };
        participants: { edges: { sourceIds: string[]; node: { id: string } }[] };
      };
      const funded = event.funders.edges.find((e) => e.node.id === p.from);
      const took = event.participants.edges.find((e) => e.node.id === p.from);
      expect(funded, `${p.from} FUNDED ${p.to}`).toBeDefined();
      expect(took?.sourceIds).toEqual(p.sources);
      expect(funded!.sourceIds.sort()).toEqual([...p.sources].sort());
    }
  });
});
