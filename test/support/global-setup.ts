import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import type { TestProject } from "vitest/node";
import { projectRoot } from "../../src/config/project-root.js";
import { LocalNeo4j } from "../../src/local-neo4j/local-neo4j.js";
import { freePort } from "../../src/local-neo4j/ports.js";
import type { TestNeo4j } from "./neo4j-settings.js";
import { claimInstanceDir, reapLeftovers } from "./neo4j-reaper.js";

/**
 * Starts a throwaway Neo4j for the integration tests (own ports, own data folder,
 * removed afterwards; one left by a killed run is reaped first), unless
 * NEO4J_TEST_URI names one to use instead.
 * Integration tests wipe that database: never point NEO4J_TEST_URI at data you keep.
 */
export default async function setup(project: TestProject) {
  if (process.env.NEO4J_TEST_URI) {
    const settings: TestNeo4j = {
      uri: process.env.NEO4J_TEST_URI,
      username: process.env.NEO4J_TEST_USERNAME ?? "neo4j",
      password: process.env.NEO4J_TEST_PASSWORD ?? "",
      database: process.env.NEO4J_TEST_DATABASE ?? "neo4j",
      local: false,
    };
    project.provide("neo4j", settings);
    return;
  }

  const report = (msg: string) => console.log(`[test neo4j] ${msg}`);
  // A run killed from outside never reached its teardown, and its detached Neo4j (1.5 GB, a core) kept running.
  await reapLeftovers(tmpdir(), report);
  const dir = claimInstanceDir(tmpdir());
  const password = "coopgraph-test";
  const neo4j = new LocalNeo4j({
    root: projectRoot(),
    instanceDir: dir,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: "1g",
    pageCache: "256m",
    startTimeoutMs: 180_000,
    password,
    report,
  });
  try {
    await neo4j.start();
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  project.provide("neo4j", { uri: neo4j.uri, username: "neo4j", password, database: "neo4j", local: true });

  return async () => {
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
