import { Readable } from "node:stream";
import { getIntrospectionQuery } from "graphql";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, useTestApp, type TestApp } from "../support/app.js";
import { bearer, testCredentials } from "../support/auth.js";
import { testNeo4j } from "../support/db.js";
import { MemberSummaryDocument, UpsertGraphDocument } from "../generated/graphql.js";
import { execute, executeText } from "../support/graphql.js";

/** A query nested `levels` deep through participations and participants. */
function nested(levels: number): string {
  let body = "id";
  for (let i = 0; i < levels; i++) body = `... on Member { participations(first: 1) { edges { node { id ... on Event { participants(first: 1) { edges { node { ${body} } } } } } } } }`;
  return `{ node(id: "member:jpn") { ${body} } }`;
}

describe("request limits (defaults)", () => {
  const app = useTestApp({ seed: true });

  it("let the standard introspection query and ordinary dashboard queries through", async () => {
    const intro = await executeText(app(), getIntrospectionQuery());
    expect(intro.errors).toBeUndefined();
    const page = await executeText(app(), "{ members(first: 100) { edges { node { id participations(first: 100) { edges { node { id } } } } } } }");
    expect(page.errors).toBeUndefined();
  });

  it("let a programmes x partners dashboard through (refused at an estimated 121,001 while every scalar field counted)", async () => {
    const dashboard =
      "{ programmes(first: 100) { totalCount edges { node { id code name kind startDate endDate partners(first: 100) { totalCount " +
      "edges { role since until sourceIds node { __typename id ... on Organization { name acronym kind country } } } } } } } }";
    const res = await executeText(app(), dashboard);
    expect(res.errors).toBeUndefined();
    const programmes = (res.data as { programmes: { totalCount: number; edges: { node: { partners: { edges: unknown[] } } }[] } }).programmes;
    expect(programmes.edges).toHaveLength(programmes.totalCount);
    expect(programmes.edges.some((e) => e.node.partners.edges.length > 0)).toBe(true);
  });

  it("refuse three nested pages of 100 before running anything", async () => {
    const bomb =
      "{ members(first: 100) { edges { node { participations(first: 100) { edges { node { id ... on Event { " +
      "participants(first: 100) { edges { node { id } } } } } } } } } } }";
    const res = await app().inject({ method: "POST", url: "/graphql", payload: { query: bomb } });
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-cypher-statements"]).toBe("0");
    expect(res.json().errors[0].extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "cost", maximum: 50_000, actual: 2_030_301 });
  });

  it("refuse a query nested deeper than 16 levels, saying by how much, before running anything", async () => {
    // nested(2) is 14 deep: four relationship hops through connections, the d+1 statements test's shape.
    const res = await app().inject({ method: "POST", url: "/graphql", payload: { query: nested(2) } });
    expect(res.json().errors).toBeUndefined();
    const deep = await app().inject({ method: "POST", url: "/graphql", payload: { query: nested(3) } });
    expect(deep.statusCode).toBe(400);
    expect(deep.headers["x-cypher-statements"]).toBe("0");
    const error = deep.json().errors[0];
    expect(error.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "depth", maximum: 16, actual: 20 });
    expect(error.message).toBe("Depth limit exceeded: fields nested 20 deep, over the maximum of 16 by 4.");
  });

  it("refuse more than 30 aliases", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: about { version }`).join(" ")} }`;
    expect((await executeText(app(), aliases(30))).errors).toBeUndefined();
    const res = await executeText(app(), aliases(31));
    expect(res.statusCode).toBe(400);
    expect(res.errors?.[0]?.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "aliases", maximum: 30, actual: 31 });
  });

  it("refuse a cost over 50,000, with the page sizes taken from the variables", async () => {
    const query = "query ($n: Int, $m: Int) { members(first: $n) { edges { node { participations(first: $m) { edges { node { id ... on Event { participants(first: $m) { edges { node { id } } } } } } } } } } }";
    expect((await executeText(app(), query, { n: 10, m: 10 })).errors).toBeUndefined();
    const res = await executeText(app(), query, { n: 100, m: 100 });
    expect(res.statusCode).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "cost", maximum: 50_000 });
    expect(res.errors?.[0]?.extensions.actual).toBeGreaterThan(1_000_000);
    expect(res.errors?.[0]?.message).toMatch(/^Cost limit exceeded: an estimated cost of [\d,]+, over the maximum of 50,000 by [\d,]+\.$/);
    // Costs are cached per document and variables: the same document with each set, again, answers as the first time.
    expect((await executeText(app(), query, { n: 10, m: 10 })).errors).toBeUndefined();
    expect((await executeText(app(), query, { n: 100, m: 100 })).errors?.[0]?.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "cost" });
  });

  it("refuse a document of more than 5,000 tokens before parsing it", async () => {
    const query = `{ about { ${"version ".repeat(5_100)} } }`;
    const res = await executeText(app(), query);
    expect(res.statusCode).toBe(400);
    expect(res.errors?.[0]?.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "tokens", maximum: 5_000, actual: 5_105 });
  });

  it("run a batch of up to 10 operations and refuse a larger one", async () => {
    const batch = (n: number) => Array.from({ length: n }, (_, i) => ({ query: `{ node(id: "member:jpn") { id } }`, operationName: null, variables: { i } }));
    const ok = await app().inject({ method: "POST", url: "/graphql", payload: batch(10) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toHaveLength(10);
    const res = await app().inject({ method: "POST", url: "/graphql", payload: batch(12) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({
      message: "Batch limit exceeded: 12 operations in one batch, over the maximum of 10 by 2.",
      extensions: { code: "LIMIT_EXCEEDED", limit: "batch", maximum: 10, actual: 12 },
    });
  });

  it("refuse a body over 1 MiB with 413", async () => {
    const res = await app().inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: JSON.stringify({ query: `{ about { version } }`, variables: { pad: "x".repeat(1_100_000) } }) });
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0]).toMatchObject({
      message: expect.stringMatching(/^Body limit exceeded: a request body of 1,100,0\d\d bytes, over the maximum of 1,048,576 by 51,\d\d\d\.$/) as unknown,
      extensions: { code: "LIMIT_EXCEEDED", limit: "body", maximum: 1_048_576 },
    });
  });

  it("refuse a chunked body over 1 MiB with 413, claiming no size it does not know", async () => {
    const chunks = [`{"query": "{ about { version } }", "variables": {"pad": "`, "x".repeat(600_000), "x".repeat(600_000), `"}}`];
    const res = await app().inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json", "transfer-encoding": "chunked" }, payload: Readable.from(chunks) });
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0]).toEqual({
      message: "Body limit exceeded: the request body is over the maximum of 1,048,576 bytes.",
      extensions: { code: "LIMIT_EXCEEDED", limit: "body", maximum: 1_048_576 },
    });
  });
});

describe("request limits (configured)", () => {
  const app = useTestApp({ seed: true, limits: { depth: 4, aliases: 1, cost: 100, tokens: 50, batch: 1 } });

  it("apply the configured values", async () => {
    const deep = await executeText(app(), '{ node(id: "member:jpn") { ... on Member { regionMemberships { edges { node { id } } } } } }');
    expect(deep.errors?.[0]?.extensions).toMatchObject({ limit: "depth", maximum: 4, actual: 5 });
    expect((await executeText(app(), "{ a: about { version } b: about { version } }")).errors?.[0]?.extensions).toMatchObject({ limit: "aliases", maximum: 1, actual: 2 });
    expect((await executeText(app(), "{ members(first: 100) { edges { node { id } } } }")).errors?.[0]?.extensions).toMatchObject({ limit: "cost", maximum: 100, actual: 201 }); // 301 while every scalar field counted
    const tokens = await executeText(app(), `{ about { ${"version ".repeat(60)} } }`);
    expect(tokens.errors?.[0]?.extensions).toMatchObject({ limit: "tokens", maximum: 50 });
    const batch = await app().inject({ method: "POST", url: "/graphql", payload: [{ query: "{ about { version } }" }, { query: "{ about { version } }" }] });
    expect(batch.statusCode).toBe(400);
  });
});

describe("Neo4j transaction timeout on every query", () => {
  const creds = testCredentials();
  let started: TestApp;
  beforeAll(async () => {
    started = await startTestApp({ seed: true, auth: creds.settings, queryTimeoutMs: 1_000 });
  });
  afterAll(() => started?.close());

  it("stops a query that waits past NEO4J_QUERY_TIMEOUT_MS, answers QUERY_TIMEOUT, and writes nothing", async () => {
    const { uri, username, password } = testNeo4j();
    const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
    const session = driver.session();
    // Another client holds a write lock on Japan, so the editor's write must wait for it.
    const blocker = await session.beginTransaction();
    try {
      await blocker.run("MATCH (n:Entity {id: 'member:jpn'}) SET n.blockedBy = 'test'");
      const res = await execute(
        started.app,
        UpsertGraphDocument,
        { input: { entities: [{ id: "member:jpn", properties: { name: "Japan (edited)", kind: "country" }, sources: ["source:coopgraph-reference-wco-facts"] }] } },
        bearer(creds.keys.editor),
      );
      expect(res.errors?.[0]?.extensions.code).toBe("QUERY_TIMEOUT");
      expect(res.errors?.[0]?.message).toMatch(/time limit of 1000 ms/);
      expect(res.statusCode).toBe(200); // an error of the field: data is null, so 200 (GraphQL over HTTP)
    } finally {
      await blocker.rollback();
      await session.close();
      await driver.close();
    }
    const after = await execute(started.app, MemberSummaryDocument, { id: "member:jpn" });
    expect(after.data?.node).toMatchObject({ name: "Japan" });
  });
});
