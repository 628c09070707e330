import neo4j, { isInt, Neo4jError, type Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { CypherQuery } from "../../src/db/cypher.registry.js";
import type { DatabaseHealth } from "../../src/db/database.health.js";
import { toPlain } from "../../src/db/plain.js";
import { QueryRunner, toNeo4jParams } from "../../src/db/query-runner.js";
import { createLogger } from "../../src/logging/logger.js";

describe("values crossing the driver boundary", () => {
  it("sends whole numbers as INTEGER, recursively, and leaves floats and strings", () => {
    const out = toNeo4jParams({ limit: 25, ratio: 0.5, rows: [{ n: 3, s: "3" }] }) as { limit: unknown; ratio: unknown; rows: { n: unknown; s: unknown }[] };
    expect(isInt(out.limit)).toBe(true);
    expect(out.ratio).toBe(0.5);
    expect(isInt(out.rows[0]?.n)).toBe(true);
    expect(out.rows[0]?.s).toBe("3");
  });

  it("leaves driver values alone", () => {
    const date = new neo4j.types.Date(2019, 5, 28);
    expect((toNeo4jParams({ date }) as { date: unknown }).date).toBe(date);
  });

  it("turns temporals into ISO strings and integers into numbers", () => {
    expect(toPlain({ d: new neo4j.types.Date(2019, 5, 28), n: neo4j.int(7), list: [neo4j.int(1)] })).toEqual({ d: "2019-05-28", n: 7, list: [1] });
  });
});

describe("the runner's one session lifecycle", () => {
  type Opened = { database?: string; defaultAccessMode?: string; executed?: string; config?: { timeout?: number; metadata?: unknown }; closed?: boolean };

  /** A driver that records each session it opens; its transactions answer every statement with no rows. */
  function fakeRunner(down = false, fails?: Error) {
    const opened: Opened[] = [];
    const tx = { run: () => Object.assign(fails ? Promise.reject(fails) : Promise.resolve({ records: [] }), { keys: () => Promise.resolve([]) }) };
    const driver = {
      session: (config: Opened) => {
        const session: Opened = { ...config };
        opened.push(session);
        const execute = (kind: string) => (work: (t: typeof tx) => unknown, txConfig: Opened["config"]) => {
          Object.assign(session, { executed: kind, config: txConfig });
          return work(tx);
        };
        return { executeRead: execute("read"), executeWrite: execute("write"), close: () => Promise.resolve(Object.assign(session, { closed: true })) };
      },
    } as unknown as Driver;
    const health = { isDown: () => down, reason: "test outage", markDown: () => undefined } as unknown as DatabaseHealth;
    const runner = new QueryRunner(driver, health, createLogger({ level: "silent", format: "json" }), { database: "graph", timeoutMs: 5_000 });
    return { runner, opened };
  }

  const read: CypherQuery = { name: "r", mode: "READ", text: "RETURN 1" };
  const write: CypherQuery = { name: "w", mode: "WRITE", text: "CREATE ()" };

  it("opens registered and unregistered statements the same way: database, mode, time limit, app metadata, closed after", async () => {
    const { runner, opened } = fakeRunner();
    await runner.run(write, {}, { metadata: { requestId: "a" } });
    await runner.readUnregistered("RETURN 2", {}, (result) => result.keys(), { timeoutMs: 700, metadata: { requestId: "b" } });
    expect(opened).toEqual([
      { database: "graph", defaultAccessMode: "WRITE", executed: "write", config: { timeout: 5_000, metadata: { app: "coopgraph", requestId: "a" } }, closed: true },
      { database: "graph", defaultAccessMode: "READ", executed: "read", config: { timeout: 700, metadata: { app: "coopgraph", requestId: "b" } }, closed: true },
    ]);
  });

  it("refuses every statement while the database is down, without opening a session", async () => {
    const { runner, opened } = fakeRunner(true);
    await expect(runner.run(read)).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    await expect(runner.readUnregistered("RETURN 1", {}, (result) => result.keys())).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(opened).toEqual([]);
  });

  it("names a transaction Neo4j stopped at its memory limit QUERY_TOO_LARGE, with what to do", async () => {
    const refused = new Neo4jError("The allocation of an extra 5.7 MiB would use more than the limit 1.4 GiB.", "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "50N42", "error");
    const { runner } = fakeRunner(false, refused);
    await expect(runner.run(read)).rejects.toMatchObject({ extensions: { code: "QUERY_TOO_LARGE" }, message: expect.stringMatching(/dbms\.memory\.transaction\.total\.max.*Narrow it/) as unknown });
  });

  it("refuses a registered WRITE query inside a READ transaction", async () => {
    const { runner } = fakeRunner();
    await expect(runner.transaction("READ", (tx) => tx.run(write))).rejects.toThrow("cypher/w writes; it cannot run in a read transaction");
  });
});
