import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import type { App } from "../../src/server.js";
import { AboutDocument, TypenameDocument } from "../generated/graphql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { execute } from "../support/graphql.js";

describe("the HTTP app (Fastify + Apollo) against the real Neo4j", () => {
  let t: TestApp;
  let db: Database;
  let app: App;

  beforeAll(async () => {
    t = await startTestApp();
    ({ db, app } = t);
  });
  afterAll(() => t.close());

  /** Deliberately broken documents, as text. */
  const graphql = (query: string) => app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query } });

  it("answers a GraphQL query with what is in Neo4j", async () => {
    const before = (await execute(app, AboutDocument)).data!.about.database;
    expect(before.product).toBe("Neo4j Kernel");
    expect(before.version).toMatch(/^5\.26\./);
    expect(before.edition).toBe("community");

    // A node written behind the API's back must show up in the next answer.
    const session = db.driver.session({ database: db.name });
    await session.run("CREATE (:Entity:Probe {id: 'probe:1'})-[:LINKS]->(:Entity:Probe {id: 'probe:2'})");
    await session.close();

    const res = await execute(app, AboutDocument);
    expect(res.statusCode).toBe(200);
    const after = res.data!.about.database;
    expect(after.nodeCount).toBe(before.nodeCount + 2);
    expect(after.relationshipCount).toBe(before.relationshipCount + 1);
    expect(after.labels).toContainEqual({ label: "Probe", count: 2 });
  });

  it("echoes a sane x-request-id and replaces a hostile one", async () => {
    const kept = await execute(app, TypenameDocument, {}, { "x-request-id": "abc-123" });
    expect(kept.headers["x-request-id"]).toBe("abc-123");
    const replaced = await execute(app, TypenameDocument, {}, { "x-request-id": "<script>alert(1)</script>" });
    expect(replaced.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("/health says the process is up without asking Neo4j", async () => {
    const res = await app.inject({ method: "GET", url: "/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe("ok");
  });

  it("/ready says Neo4j is reachable", async () => {
    const res = await app.inject({ method: "GET", url: "/ready" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ready", neo4j: { ok: true, database: "neo4j" } });
  });

  it("rejects malformed JSON with a 400 that says so", async () => {
    const res = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: '{"query": "{ about' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/JSON/i);
  });

  it("rejects malformed GraphQL with a 400 and GRAPHQL_PARSE_FAILED", async () => {
    const res = await graphql("{ about { ");
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("rejects an unknown field with GRAPHQL_VALIDATION_FAILED", async () => {
    const res = await graphql("{ nope }");
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(res.json().errors[0].message).toMatch(/nope/);
  });
});
