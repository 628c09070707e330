import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { LocalNeo4j } from "../../src/local-neo4j/local-neo4j.js";
import { freePort } from "../../src/local-neo4j/ports.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import { testNeo4j } from "../support/db.js";
import { startMain } from "../support/main-process.js";

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

async function queryAbout(port: number) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ about { database { version nodeCount } } }" }),
  });
  return (await res.json()) as { data?: { about: { database: { version: string; nodeCount: number } } }; errors?: unknown[] };
}

function externalNeo4jEnv() {
  const s = testNeo4j();
  return { NEO4J_URI: s.uri, NEO4J_USERNAME: s.username, NEO4J_PASSWORD: s.password, NEO4J_DATABASE: s.database };
}

describe("the server process (src/main.ts), as npm start runs it", () => {
  it("with NEO4J_URI: serves GraphQL from Neo4j, then drains and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    const main = startMain({ ...externalNeo4jEnv(), PORT: String(port), COOPGRAPH_SEED_ON_EMPTY: "false" });
    await main.waitFor(/coopgraph ready/);
    const answer = await queryAbout(port);
    expect(answer.data?.about.database.version).toMatch(/^5\.26\./);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    // The cooperation projection is built in the background once the server listens.
    await main.waitFor(/cooperation projection built/);

    main.child.kill("SIGTERM");
    expect(await main.exited).toEqual({ code: 0, signal: null });
    expect(main.output()).toMatch(/shutting down/);
  });

  it("without NODE_ENV: runs in production mode, and still answers introspection with stack traces left out", async () => {
    const port = await freePort();
    const main = startMain({ ...externalNeo4jEnv(), PORT: String(port), COOPGRAPH_SEED_ON_EMPTY: "false", NODE_ENV: undefined });
    await main.waitFor(/coopgraph ready: GraphQL on \S+ \(NODE_ENV=production\)/);
    const post = (query: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) }).then(
        (res) => res.json() as Promise<{ data?: { __schema: { queryType: { name: string } } }; errors?: { message: string; extensions?: Record<string, unknown> }[] }>,
      );
    // Apollo Server's default in production would refuse introspection; GraphiQL and codegen need it.
    expect(await post("{ __schema { queryType { name } } }")).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    const refused = await post("{ node(id: 42 }");
    expect(refused.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(JSON.stringify(refused)).not.toMatch(/stacktrace/);
    main.child.kill("SIGTERM");
    expect(await main.exited).toEqual({ code: 0, signal: null });
  });

  it("a PORT already taken: exits 1 naming the port", async () => {
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const main = startMain({ ...externalNeo4jEnv(), PORT: String(port), COOPGRAPH_SEED_ON_EMPTY: "false" });
      expect((await main.exited).code).toBe(1);
      expect(main.output()).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("wrong credentials: exits 1 naming the URI and not the password", async () => {
    const main = startMain({ ...externalNeo4jEnv(), NEO4J_PASSWORD: "not-the-password-42", PORT: String(await freePort()) });
    expect((await main.exited).code).toBe(1);
    expect(main.output()).toContain(`Neo4j at ${testNeo4j().uri} refused the credentials`);
    expect(main.output()).not.toContain("not-the-password-42");
  });

  it("an invalid setting: exits 1 naming the variable", async () => {
    const main = startMain({ ...externalNeo4jEnv(), PORT: "eighty" });
    expect((await main.exited).code).toBe(1);
    expect(main.output()).toMatch(/Invalid configuration[\s\S]*PORT/);
  });

  it("no Java and no NEO4J_URI: exits 1 saying to install Java 17 or set NEO4J_URI", async () => {
    const main = startMain({
      PATH: tempDir("coopgraph-nojava-"),
      JAVA_HOME: undefined,
      COOPGRAPH_NEO4J_DIR: tempDir("coopgraph-nojava-db-"),
      PORT: String(await freePort()),
    });
    expect((await main.exited).code).toBe(1);
    expect(main.output()).toMatch(/needs Java 17 or newer/);
    expect(main.output()).toMatch(/NEO4J_URI/);
  });

  it("without NEO4J_URI: starts a local Neo4j, loads the seed, serves, and stops that Neo4j on SIGINT", async () => {
    const dir = tempDir("coopgraph-main-local-");
    const env = {
      COOPGRAPH_NEO4J_DIR: dir,
      COOPGRAPH_NEO4J_BOLT_PORT: String(await freePort()),
      COOPGRAPH_NEO4J_HTTP_PORT: String(await freePort()),
      COOPGRAPH_NEO4J_HEAP: "512m",
      COOPGRAPH_NEO4J_PAGECACHE: "128m",
      PORT: String(await freePort()),
    };
    const main = startMain(env);
    await main.waitFor(/coopgraph ready/, 180_000);
    expect(main.output()).toMatch(/Neo4j ready after [\d.]+ s/);

    const answer = await queryAbout(Number(env.PORT));
    expect(answer.errors).toBeUndefined();
    if (seedFiles().length > 0) expect(answer.data?.about.database.nodeCount).toBeGreaterThan(0);

    main.child.kill("SIGINT");
    expect((await main.exited).code).toBe(0);
    expect(main.output()).toMatch(/stopping the local Neo4j/);
    const local = new LocalNeo4j({
      root: projectRoot(),
      instanceDir: dir,
      boltPort: Number(env.COOPGRAPH_NEO4J_BOLT_PORT),
      httpPort: Number(env.COOPGRAPH_NEO4J_HTTP_PORT),
      heap: "512m",
      pageCache: "128m",
      startTimeoutMs: 1,
      password: "unused-here",
    });
    expect(local.status().running).toBe(false);
  }, 300_000);
});
