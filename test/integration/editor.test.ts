import { describe, expect, it } from "vitest";
import { startTestApp, useTestApp } from "../support/app.js";
import { bearer, testCredentials } from "../support/auth.js";
import { CypherDocument, GraphCountsDocument, MemberLinksDocument, NodeIdDocument, NodesByIdsDocument, UpsertGraphDocument, type GraphChangeInput, type RelationshipInput } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";

const creds = testCredentials();
const editor = bearer(creds.keys.editor);

const source = { id: "source:editor-test", title: "Editor test notes", publisher: "coopgraph tests", published: "2026-11" };
const member = { id: "member:zed", properties: { name: "Zedland", kind: "country", iso3: "ZED" }, sources: [source.id] };
const event = {
  id: "event:zed-workshop-2026",
  properties: { title: "Zedland PGS workshop", kind: "workshop", startDate: "2026-10-02" },
  sources: [source.id],
};
const links = [
  { type: "IN_REGION", from: member.id, to: "region:eur", sources: [source.id] },
  { type: "PARTICIPATED_IN", from: member.id, to: event.id, properties: { role: "PARTICIPANT" }, sources: [source.id] },
  { type: "ACTIVITY_OF", from: event.id, to: "programme:pgs", sources: [source.id] },
] satisfies RelationshipInput[];
const change = { sources: [source], entities: [member, event], relationships: links };

describe("upsertGraph (editor writes)", () => {
  const app = useTestApp({ seed: true, auth: creds.settings });
  const upsert = (input: GraphChangeInput, dryRun = false) => execute(app(), UpsertGraphDocument, { input, dryRun }, editor);
  /** What a write would change: node and relationship counts, and the count of each label. */
  const snapshot = async () => {
    const res = await execute(app(), GraphCountsDocument);
    expect(res.errors).toBeUndefined();
    return res.data!.about.database;
  };
  const rels = async (id: string) => {
    const res = await execute(app(), CypherDocument, {
      statement: `MATCH (n:Entity {id: '${id}'})-[r]-() RETURN type(r) AS type, count(*) AS n ORDER BY type`,
    }, bearer(creds.keys.researcher));
    return res.data!.cypher.rows;
  };

  it("checks everything first: a bad record anywhere means nothing is written, every problem named by its place", async () => {
    const before = await snapshot();
    const bad: GraphChangeInput = {
      ...change,
      entities: [member, { ...event, properties: { ...event.properties, startDate: "2026-13-01" } }, { id: "member:nope", properties: { name: "X", kind: "planet" }, sources: [] }],
      relationships: [...links, { type: "IN_REGION", from: member.id, to: "event:missing", sources: [source.id] }],
    };
    const res = await upsert(bad);
    expect(res.statusCode).toBe(200); // data: null, so 200 (GraphQL over HTTP); the code says why
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/^upsertGraph refused, nothing was written/);
    const paths = (res.errors?.[0]?.extensions.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["entities[1].properties.startDate", "entities[2].properties.kind", "entities[2].sources", "relationships[3].to"]));
    expect(await snapshot()).toEqual(before);
    expect((await execute(app(), NodeIdDocument, { id: member.id })).data).toEqual({ node: null });
  });

  it("dry run: counts what would change and writes nothing", async () => {
    const before = await snapshot();
    const res = await upsert(change, true);
    expect(res.errors).toBeUndefined();
    expect(res.data!.upsertGraph).toEqual({ dryRun: true, nodes: { created: 3, updated: 0, unchanged: 0 }, relationships: { created: 3, updated: 0, unchanged: 0 }, entities: [] });
    expect(await snapshot()).toEqual(before);
  });

  it("writes sources, entities and relationships together and returns the stored entities", async () => {
    const res = await upsert(change);
    expect(res.errors).toBeUndefined();
    const payload = res.data!.upsertGraph;
    expect(payload.nodes).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(payload.relationships).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(payload.entities.map((e) => e.id)).toEqual([source.id, member.id, event.id]);
    const read = await execute(app(), MemberLinksDocument, { id: member.id });
    expect(read.data).toEqual({
      node: {
        name: "Zedland",
        sources: [{ id: source.id }],
        participations: { edges: [{ node: { id: event.id }, sources: [{ id: source.id }] }] },
        regionMemberships: { edges: [{ node: { id: "region:eur" } }] },
      },
    });
  });

  it("is idempotent: the same call again changes nothing", async () => {
    const before = await snapshot();
    const res = await upsert(change);
    const payload = res.data!.upsertGraph;
    expect(payload.nodes).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(payload.relationships).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await snapshot()).toEqual(before);
    expect(await rels(member.id)).toEqual([{ type: "IN_REGION", n: 1 }, { type: "PARTICIPATED_IN", n: 1 }]);
  });

  it("updates what changed, and only that", async () => {
    const res = await upsert({ entities: [{ ...member, properties: { ...member.properties, administrationName: "Zedland Customs Service" } }] });
    expect(res.data!.upsertGraph.nodes).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(res.data!.upsertGraph.entities).toEqual([{ id: member.id, __typename: "Member", name: "Zedland", administrationName: "Zedland Customs Service" }]);
  });

  it("rolls back the whole call when Neo4j refuses a write half-way (unique programme code)", async () => {
    const before = await snapshot();
    const res = await upsert({
      sources: [{ ...source, id: "source:editor-rollback" }],
      entities: [
        { id: "programme:zed-one", properties: { code: "ZED", name: "Zed one" }, sources: ["source:editor-rollback"] },
        { id: "programme:zed-two", properties: { code: "ZED", name: "Zed two" }, sources: ["source:editor-rollback"] },
      ],
    });
    expect(res.errors?.length).toBe(1);
    expect(await snapshot()).toEqual(before);
    const gone = await execute(app(), NodesByIdsDocument, { ids: ["source:editor-rollback", "programme:zed-one", "programme:zed-two"] });
    expect(gone.data).toEqual({ nodes: [null, null, null] });
  });

  it("stays idempotent under concurrent identical calls: no duplicate relationships", async () => {
    const racing = {
      sources: [{ ...source, id: "source:editor-race" }],
      entities: [{ id: "member:race", properties: { name: "Raceland", kind: "country" }, sources: ["source:editor-race"] }],
      relationships: [
        { type: "IN_REGION", from: "member:race", to: "region:eur", sources: ["source:editor-race"] },
        { type: "PARTICIPATED_IN", from: "member:race", to: event.id, properties: { role: "PARTICIPANT" }, sources: ["source:editor-race"] },
      ],
    } satisfies GraphChangeInput;
    // Endpoints first, then only the relationships race: nothing else serialises the calls.
    expect((await upsert({ ...racing, relationships: [] })).errors).toBeUndefined();
    const results = await Promise.all(Array.from({ length: 8 }, () => upsert({ relationships: racing.relationships })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await rels("member:race")).toEqual([{ type: "IN_REGION", n: 1 }, { type: "PARTICIPATED_IN", n: 1 }]);
    const created = results.reduce((n, r) => n + r.data!.upsertGraph.relationships.created, 0);
    expect(created).toBe(2);
  });

  it("refuses an empty call", async () => {
    const res = await upsert({});
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/at least one source, entity or relationship/);
  });
});

describe("upsertGraph size limit", () => {
  it("refuses more records than COOPGRAPH_MAX_UPSERT_RECORDS, saying by how much, and writes nothing", async () => {
    const started = await startTestApp({ seed: true, auth: creds.settings, limits: { upsertRecords: 3 } });
    try {
      const res = await execute(started.app, UpsertGraphDocument, { input: change }, editor);
      expect(res.statusCode).toBe(200); // data: null, so 200 (GraphQL over HTTP); the code says why
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "records", maximum: 3, actual: 6 });
      expect(res.errors?.[0]?.message).toBe("Records limit exceeded: 6 records in one call, over the maximum of 3 by 3.");
      expect((await execute(started.app, NodeIdDocument, { id: source.id })).data).toEqual({ node: null });
    } finally {
      await started.close();
    }
  });
});
