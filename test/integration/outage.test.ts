import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { connectDatabase, type Database } from "../../src/db/database.js";
import { LocalNeo4j } from "../../src/local-neo4j/local-neo4j.js";
import { freePort } from "../../src/local-neo4j/ports.js";
import { buildApp, type App } from "../../src/server.js";
import { DatabaseVersionDocument } from "../generated/graphql.js";
import { silentLogger } from "../support/db.js";
import { execute } from "../support/graphql.js";

/**
 * Neo4j going away under a running server, then coming back. This file starts
 * a Neo4j of its own, so stopping it does not disturb the other tests.
 */
describe("a Neo4j outage while the server runs", () => {
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-outage-"));
  let neo4j: LocalNeo4j;
  let db: Database;
  let app: App;

  beforeAll(async () => {
    neo4j = new LocalNeo4j({
      root: projectRoot(),
      instanceDir: dir,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: "512m",
      pageCache: "64m",
      startTimeoutMs: 180_000,
      password: "outage-test",
    });
    await neo4j.start();
    db = await connectDatabase({ uri: neo4j.uri, username: "neo4j", password: "outage-test", database: "neo4j", queryTimeoutMs: 10_000, connectionTimeoutMs: 2_000 }, silentLogger);
    app = await buildApp({ db, logger: silentLogger });
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
    await neo4j?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const about = () => execute(app, DatabaseVersionDocument);

  it("status and a second start() find the running server instead of starting another", async () => {
    expect(neo4j.status()).toMatchObject({ running: true, uri: neo4j.uri });
    const again = await neo4j.start();
    expect(again.startedHere).toBe(false);
  });

  it("serves, reports the outage, fails requests with SERVICE_UNAVAILABLE, and recovers by itself", async () => {
    expect((await about()).data?.about.database.version).toMatch(/^5\./);

    await neo4j.stop();
    expect(neo4j.status().running).toBe(false);

    const ready = await app.inject({ method: "GET", url: "/ready" });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: "unavailable", neo4j: { ok: false } });

    // The first request finds the database gone; a hang would trip the test timeout.
    const first = await about();
    expect(first.errors?.[0]?.extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(first.errors?.[0]?.message).toMatch(/unavailable/i);
    // Later ones are refused at the gate without waiting for the driver's retries.
    const second = await about();
    expect(second.errors?.[0]?.extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect((await app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);

    await neo4j.start();
    let recovered = false;
    for (let i = 0; i < 100 && !recovered; i++) {
      const res = await about();
      recovered = !res.errors && Boolean(res.data?.about);
      if (!recovered) await sleep(300);
    }
    expect(recovered).toBe(true);
    expect((await app.inject({ method: "GET", url: "/ready" })).statusCode).toBe(200);
  }, 300_000);
});
