import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { javaCommand } from "../../src/local-neo4j/java.js";
import { LocalNeo4j, type LocalNeo4jOptions } from "../../src/local-neo4j/local-neo4j.js";
import { LocalNeo4jError } from "../../src/local-neo4j/local-neo4j.errors.js";
import { freePort } from "../../src/local-neo4j/ports.js";
import { spawnSync } from "node:child_process";

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function options(overrides: Partial<LocalNeo4jOptions> = {}): Promise<LocalNeo4jOptions> {
  return {
    root: projectRoot(),
    instanceDir: tempDir("coopgraph-local-"),
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: "512m",
    pageCache: "64m",
    startTimeoutMs: 120_000,
    password: "local-test-pw",
    ...overrides,
  };
}

async function startError(opts: LocalNeo4jOptions): Promise<LocalNeo4jError> {
  const neo4j = new LocalNeo4j(opts);
  try {
    await neo4j.start();
  } catch (err) {
    expect(err).toBeInstanceOf(LocalNeo4jError);
    return err as LocalNeo4jError;
  }
  await neo4j.stop();
  throw new Error("start() succeeded where it should have failed");
}

/** A folder holding only a link to the real java: a PATH with Java but without Maven. */
function pathWithJavaOnly(): string {
  const dir = tempDir("coopgraph-path-");
  const which = spawnSync("sh", ["-c", `command -v ${javaCommand({ JAVA_HOME: process.env.JAVA_HOME })}`], { encoding: "utf8" });
  symlinkSync(which.stdout.trim(), join(dir, "java"));
  return dir;
}

describe("the local Neo4j: failures a new user can meet, each with a message that says what to do", () => {
  it("no Java on the PATH: says to install Java 17, or to use NEO4J_URI", async () => {
    const err = await startError(await options({ env: { PATH: tempDir("coopgraph-empty-path-"), JAVA_HOME: undefined } }));
    expect(err.code).toBe("JAVA_MISSING");
    expect(err.message).toMatch(/Java 17 or newer/);
    expect(err.message).toMatch(/NEO4J_URI/);
  });

  it("JAVA_HOME pointing nowhere: names that path", async () => {
    const err = await startError(await options({ env: { PATH: process.env.PATH, JAVA_HOME: "/nonexistent/jdk" } }));
    expect(err.code).toBe("JAVA_MISSING");
    expect(err.message).toContain("/nonexistent/jdk/bin/java");
  });

  it("no Maven while the jars still have to be fetched: says to install Maven, or to use NEO4J_URI", async () => {
    // A project copy with the pom but no .cache/, so the jars are missing.
    const root = tempDir("coopgraph-root-");
    mkdirSync(join(root, "neo4j"));
    copyFileSync(join(projectRoot(), "neo4j", "pom.xml"), join(root, "neo4j", "pom.xml"));
    copyFileSync(join(projectRoot(), "neo4j", "neo4j.conf"), join(root, "neo4j", "neo4j.conf"));
    const err = await startError(await options({ root, env: { PATH: pathWithJavaOnly(), JAVA_HOME: undefined } }));
    expect(err.code).toBe("MAVEN_MISSING");
    expect(err.message).toMatch(/Maven/);
    expect(err.message).toMatch(/NEO4J_URI/);
  });

  it("Bolt port already taken: names the port and the variable that changes it", async () => {
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const err = await startError(await options({ boltPort: port }));
      expect(err.code).toBe("PORT_IN_USE");
      expect(err.message).toContain(`port ${port}`);
      expect(err.message).toContain("COOPGRAPH_NEO4J_BOLT_PORT");
    } finally {
      blocker.close();
    }
  });

  it("a Neo4j that fails to start: shows the last lines of its log", async () => {
    // A heap too small for any JVM makes the server die at once, with the reason in its output.
    const err = await startError(await options({ heap: "1k" }));
    expect(err.code).toBe("START_FAILED");
    expect(err.message).toMatch(/Last lines of .*console\.log/);
    expect(err.message).toMatch(/heap/i);
  });
});
