import { describe, expect, it } from "vitest";
import { connectDatabase } from "../../src/db/database.js";
import { DatabaseConnectError } from "../../src/db/database.errors.js";
import { freePort } from "../../src/local-neo4j/ports.js";
import { silentLogger, testNeo4j } from "../support/db.js";

async function connectError(overrides: Partial<Parameters<typeof connectDatabase>[0]>): Promise<DatabaseConnectError> {
  const s = testNeo4j();
  try {
    const db = await connectDatabase({ ...s, queryTimeoutMs: 10_000, connectionTimeoutMs: 3_000, ...overrides }, silentLogger);
    await db.close();
  } catch (err) {
    expect(err).toBeInstanceOf(DatabaseConnectError);
    return err as DatabaseConnectError;
  }
  throw new Error("connectDatabase succeeded where it should have failed");
}

describe("connecting to Neo4j: each misconfiguration names the URI, never the password", () => {
  it("wrong password", async () => {
    const err = await connectError({ password: "definitely-wrong-secret" });
    expect(err.reason).toBe("AUTH");
    expect(err.message).toContain(testNeo4j().uri);
    expect(err.message).toContain("NEO4J_PASSWORD");
    expect(err.message).not.toContain("definitely-wrong-secret");
  });

  it("nothing listening at NEO4J_URI", async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const err = await connectError({ uri, password: "secret-not-to-show" });
    expect(err.reason).toBe("UNREACHABLE");
    expect(err.message).toContain(`Cannot reach Neo4j at ${uri}`);
    expect(err.message).not.toContain("secret-not-to-show");
  });

  it("credentials written into the URI are not repeated in the message", async () => {
    const port = await freePort();
    const err = await connectError({ uri: `neo4j://admin:uri-secret@127.0.0.1:${port}` });
    expect(err.message).toContain(`127.0.0.1:${port}`);
    expect(err.message).not.toContain("uri-secret");
  });

  it("a URI that is not a Neo4j URI", async () => {
    const err = await connectError({ uri: "http://127.0.0.1:7474" });
    expect(err.reason).toBe("INVALID_URI");
    expect(err.message).toContain("http://127.0.0.1:7474");
  });

  it("a database that does not exist", async () => {
    const err = await connectError({ database: "nosuchdb" });
    expect(err.reason).toBe("NO_DATABASE");
    expect(err.message).toContain('"nosuchdb"');
    expect(err.message).toContain("NEO4J_DATABASE");
  });

  it("a neo4j:// routing URI works against a single server", async () => {
    const s = testNeo4j();
    const db = await connectDatabase({ ...s, uri: s.uri.replace(/^bolt:/, "neo4j:"), queryTimeoutMs: 10_000, connectionTimeoutMs: 3_000 }, silentLogger);
    try {
      expect((await db.health.check()).ok).toBe(true);
    } finally {
      await db.close();
    }
  });
});
