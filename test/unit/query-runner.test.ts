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
  /** A driver that records each session it opens; its statements answer with no rows, or fail with the next of `failures`. */
  function fakeRunner(down = false, ...failures: Error[]) {
    const opened: Opened[] = [];
    const answer = () => {
      const fails = failures.shift();
      return Object.assign(fails ? Promise.reject(fails) : Promise.resolve({ records: [] }), { keys: () => Promise.resolve([]) });
    };
    const tx = { run: answer };
    const driver = {
      session: (config: Opened) => {
        const session: Opened = { ...config };
        opened.push(session);
        const execute = (kind: string) => (work: (t: typeof tx) => unknown, txConfig: Opened["config"]) => {
          Object.assign(session, { executed: kind, config: txConfig });
          return work(tx);
        };
        const run = (_text: string, _params: unknown, txConfig: Opened["config"]) => {
          Object.assign(session, { executed: "auto-commit", config: txConfig });
          return answer();
        };
        return { run, executeRead: execute("read"), executeWrite: execute("write"), close: () => Promise.resolve(Object.assign(session, { closed: true })) };
      },
    } as unknown as Driver;
    const health = { isDown: () => down, reason: "test outage", markDown: () => undefined } as unknown as DatabaseHealth;
    const runner = new QueryRunner(driver, health, createLogger({ level: "silent", format: "json" }), { database: "graph", timeoutMs: 5_000, retryTimeMs: 2_000 });
    return { runner, opened };
  }

  const transient = () => new Neo4jError("Leader switch", "Neo.TransientError.Cluster.NotALeader", "08000", "error");

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

  it("sends a single read on its own, as an auto-commit statement, opened the same way; a write and a transaction's reads go in managed transactions", async () => {
    const { runner, opened } = fakeRunner();
    const sent: string[] = [];
    runner.onSend = (query) => sent.push(query.name);
    await runner.run(read, {}, { timeoutMs: 900, metadata: { requestId: "c" } });
    await runner.transaction("READ", (tx) => tx.run(read));
    expect(opened).toEqual([
      { database: "graph", defaultAccessMode: "READ", executed: "auto-commit", config: { timeout: 900, metadata: { app: "coopgraph", requestId: "c" } }, closed: true },
      { database: "graph", defaultAccessMode: "READ", executed: "read", config: { timeout: 5_000, metadata: { app: "coopgraph" } }, closed: true },
    ]);
    expect(sent).toEqual(["r", "r"]);
  });

  it("retries a single read that failed transiently, in a new session, and tells its observer once", async () => {
    const { runner, opened } = fakeRunner(false, transient(), transient());
    const ends: unknown[] = [];
    await expect(runner.run(read, {}, { observer: { onStatement: () => (err) => ends.push(err ?? "ok") } })).resolves.toEqual([]);
    expect(opened.map((s) => s.closed)).toEqual([true, true, true]);
    expect(ends).toEqual(["ok"]);
  });

  it("gives up on a read that keeps failing transiently, and does not retry a memory limit", async () => {
    const failing = fakeRunner(false, transient(), transient(), transient(), transient());
    await expect(failing.runner.run(read)).rejects.toMatchObject({ code: "Neo.TransientError.Cluster.NotALeader" });
    expect(failing.opened).toHaveLength(4);
    const refused = new Neo4jError("The allocation of an extra 5.7 MiB would use more than the limit 1.4 GiB.", "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "50N42", "error");
    const large = fakeRunner(false, refused);
    await expect(large.runner.run(read)).rejects.toMatchObject({ extensions: { code: "QUERY_TOO_LARGE" } });
    expect(large.opened).toHaveLength(1);
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
    await expect(runner.transaction("READ", (tx) => tx.run(read))).rejects.toMatchObject({ extensions: { code: "QUERY_TOO_LARGE" }, message: expect.stringMatching(/dbms\.memory\.transaction\.total\.max.*Narrow it/) as unknown });
  });

  it("refuses a registered WRITE query inside a READ transaction", async () => {
    const { runner } = fakeRunner();
    await expect(runner.transaction("READ", (tx) => tx.run(write))).rejects.toThrow("cypher/w writes; it cannot run in a read transaction");
  });
});
