import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { ResearcherRepository } from "../../src/researcher/researcher.repository.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { bearer, testCredentials } from "../support/auth.js";
import { CypherDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";

const ROW_CAP = 100;
const TIMEOUT_MS = 1_000;

/** What a write or a schema change would alter: counts, labels, types, property keys, indexes, constraints. */
async function snapshot(db: Database) {
  const session = db.driver.session({ database: db.name });
  const one = async (statement: string) => (await session.run(statement)).records.map((r) => r.toObject());
  try {
    return {
      counts: await one("MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships"),
      labels: await one("CALL db.labels() YIELD label RETURN label ORDER BY label"),
      types: await one("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType"),
      keys: await one("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey"),
      indexes: await one("SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name"),
      constraints: await one("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name"),
      hacks: await one("MATCH (n) WHERE n.name = 'pwned' OR n.id STARTS WITH 'hack' RETURN count(n) AS n"),
    };
  } finally {
    await session.close();
  }
}

describe("researcher Cypher against the real Neo4j", () => {
  const creds = testCredentials("open");
  const researcher = bearer(creds.keys.researcher);
  let t: TestApp;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let someConstraint: string;

  beforeAll(async () => {
    t = await startTestApp({ seed: true, auth: creds.settings, limits: { cypherMaxRows: ROW_CAP, cypherTimeoutMs: TIMEOUT_MS } });
    before = await snapshot(t.db);
    someConstraint = String(before.constraints[0]?.name);
  });
  afterAll(() => t.close());

  const run = (statement: string, parameters?: Record<string, unknown>, maxRows?: number) =>
    execute(t.app, CypherDocument, { statement, parameters, maxRows }, researcher);

  it("runs a read and returns its rows as JSON", async () => {
    const res = await run("MATCH (m:Member {id: $id}) RETURN m.name AS name, m.id AS id", { id: "member:jpn" });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ cypher: { columns: ["name", "id"], rows: [{ name: "Japan", id: "member:jpn" }], truncated: false, queryType: "r" } });
  });

  // Each would change the graph, its schema or the server; EXPLAIN classifies it
  // (or Neo4j rejects it) before anything runs.
  const refusals: [string, string, RegExp][] = [
    ["a CREATE", "CREATE (n:Hack {id: 'hack:1'}) RETURN n", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["a CREATE in odd case", "cReAtE (:Hack {id: 'hack:2'})", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["a MERGE", "MERGE (n:Member {id: 'hack:3'}) RETURN n", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["a SET", "MATCH (m:Member) SET m.name = 'pwned' RETURN count(m)", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["a DETACH DELETE", "MATCH (n) DETACH DELETE n", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["a REMOVE of a label", "MATCH (m:Member) REMOVE m:Member RETURN count(m)", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["a write after a read", "MATCH (m:Member) WITH m LIMIT 1 CREATE (:Hack {id: 'hack:4'})", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["a write in a subquery", "CALL { CREATE (:Hack {id: 'hack:5'}) } RETURN 1", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["a write procedure", "CALL db.createLabel('Hack')", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["a write procedure for property keys", "CALL db.createProperty('hackProperty')", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["CREATE INDEX", "CREATE INDEX hack_index FOR (n:Hack) ON (n.id)", /read-only: this statement changes the schema or calls a DBMS procedure/],
    ["CREATE CONSTRAINT", "CREATE CONSTRAINT hack_unique FOR (n:Hack) REQUIRE n.id IS UNIQUE", /read-only: this statement changes the schema or calls a DBMS procedure/],
    ["DROP CONSTRAINT", "DROP CONSTRAINT $name", /read-only: this statement changes the schema or calls a DBMS procedure/],
    ["a DBMS procedure", "CALL db.clearQueryCaches()", /read-only: this statement changes the schema or calls a DBMS procedure/],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /may not use LoadCSV \(it reaches outside the graph\)/],
    ["SHOW TRANSACTIONS", "SHOW TRANSACTIONS", /may not use ShowTransactions/],
    ["TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /may not use TerminateTransactions/],
    ["SHOW SETTINGS", "SHOW SETTINGS", /may not use ShowSettings/],
    ["CALL … IN TRANSACTIONS", "UNWIND range(1, 3) AS i CALL { WITH i CREATE (:Hack {id: 'hack:' + i}) } IN TRANSACTIONS", /read-only: this statement writes to the graph, so it was refused and nothing ran/],
    ["a second statement after a read", "RETURN 1 AS one; CREATE (:Hack {id: 'hack:6'})", /Neo4j refused the statement \(Statement\.SyntaxError\): Expected exactly one statement/],
    ["a PROFILE of a write", "PROFILE CREATE (:Hack {id: 'hack:7'})", /Neo4j refused the statement \(Statement\.ArgumentError\)/],
    ["an administration command", "CREATE USER hacker SET PASSWORD 'hacker-password-1'", /read-only: this statement changes the schema or calls a DBMS procedure/],
    ["an administration command aimed at the system database", "USE system CREATE USER hacker SET PASSWORD 'hacker-password-1'", /Neo4j refused the statement \(Statement\.SyntaxError\)/],
  ];

  it.each(refusals)("refuses %s with a clear error, and nothing changes", async (_what, statement, message) => {
    const res = await run(statement, statement.includes("$name") ? { name: someConstraint } : undefined);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors ?? [];
    // Our refusals are FORBIDDEN (403); what Neo4j itself rejects is the caller's to fix (400).
    expect(error?.extensions.code).toBe(/Neo4j refused/.test(String(error?.message)) ? "BAD_USER_INPUT" : "FORBIDDEN");
    expect(error?.message).toMatch(message);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("shows the schema (SHOW INDEXES is a plain read)", async () => {
    const res = await run("SHOW INDEXES YIELD name RETURN name ORDER BY name");
    expect(res.errors).toBeUndefined();
    expect(res.data?.cypher.rows).toEqual(before.indexes.map(({ name }) => ({ name })));
  });

  it("leaves Neo4j as the guard: a write sent past the EXPLAIN check still fails in the READ transaction", async () => {
    const statements = new ResearcherRepository(t.db.runner);
    const options = { timeoutMs: TIMEOUT_MS, maxRows: 10 };
    await expect(statements.rows("CREATE (:Hack {id: 'hack:direct'}) RETURN 1", {}, options)).rejects.toMatchObject({
      code: expect.stringMatching(/AccessMode|Forbidden/) as unknown,
    });
    await expect(statements.rows("CALL db.createLabel('Hack')", {}, options)).rejects.toThrow();
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("caps the rows at maxRows and says the answer was truncated", async () => {
    const res = await run("UNWIND range(1, 50) AS i RETURN i", undefined, 10);
    expect(res.data?.cypher).toMatchObject({ rows: Array.from({ length: 10 }, (_, i) => ({ i: i + 1 })), truncated: true });
    const exact = await run("UNWIND range(1, 10) AS i RETURN i", undefined, 10);
    expect(exact.data?.cypher).toMatchObject({ truncated: false });
  });

  it("caps the rows at the server's maximum when maxRows is not given", async () => {
    const res = await run("UNWIND range(1, 1000) AS i RETURN i");
    expect(res.data?.cypher).toMatchObject({ truncated: true });
    expect(res.data?.cypher.rows).toHaveLength(ROW_CAP);
  });

  it("refuses maxRows over the server's maximum, naming the limit and the excess", async () => {
    const res = await run("RETURN 1 AS one", undefined, ROW_CAP + 5);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "rows", maximum: ROW_CAP, actual: ROW_CAP + 5 });
    expect(res.errors?.[0]?.message).toMatch(new RegExp(`over the maximum of ${ROW_CAP} by 5`));
  });

  it("stops a statement that runs past the time limit with QUERY_TIMEOUT", async () => {
    const res = await run("UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 13 RETURN count(i) AS n");
    expect(res.errors?.[0]?.extensions.code).toBe("QUERY_TIMEOUT");
    expect(res.errors?.[0]?.message).toMatch(new RegExp(`time limit of ${TIMEOUT_MS} ms`));
  });

  it.each([
    ["an empty statement", "   ", /statement is empty/],
    ["a statement over 20,000 characters", `RETURN '${"x".repeat(20_001)}' AS s`, /over the maximum of 20000/],
    ["a syntax error", "MATCH (n RETURN n", /Neo4j refused the statement \(Statement\.SyntaxError\)/],
    ["a missing parameter", "RETURN $nope AS x", /Neo4j refused the statement .*nope/s],
  ])("answers %s with BAD_USER_INPUT", async (_what, statement, message) => {
    const res = await run(statement);
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it("passes hostile parameters through as values, never as Cypher", async () => {
    const hostile = {
      injection: "'}) MATCH (n) DETACH DELETE n //",
      backticks: "`Member` RETURN 1 //",
      unicode: "\u202e\u0000\ufeff Ж 👩‍👩‍👧 𝕏 \ud83d\ude00",
      long: "Δ".repeat(100_000),
    };
    const res = await run("RETURN $injection AS injection, $backticks AS backticks, $unicode AS unicode, $long AS long", hostile);
    expect(res.errors).toBeUndefined();
    expect(res.data?.cypher.rows).toEqual([hostile]);
    expect(await snapshot(t.db)).toEqual(before);
  });
});
