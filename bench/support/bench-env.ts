/**
 * What every benchmark command shares: a Neo4j of its own, the machine it ran
 * on, where results go, and a whole-number option parser.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../src/config/project-root.js";
import { LocalNeo4j } from "../../src/local-neo4j/local-neo4j.js";
import { freePort } from "../../src/local-neo4j/ports.js";

export interface ThrowawayNeo4j {
  uri: string;
  password: string;
  version: string;
  /** A folder of the run's own, removed with the database. */
  dir: string;
  /** The server itself, for a benchmark that stops and starts it (the bulk import). */
  local: LocalNeo4j;
}

/**
 * Starts a Neo4j on free ports in a temporary folder, runs `work` with it, and
 * stops and removes it however `work` ends.
 */
export async function withThrowawayNeo4j<T>(
  name: string,
  memory: { heap: string; pageCache: string },
  work: (neo4j: ThrowawayNeo4j) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `coopgraph-bench-${name}-`));
  const password = `bench-${name}`;
  const neo4j = new LocalNeo4j({
    root: projectRoot(),
    instanceDir: dir,
    boltPort: await freePort(),
    httpPort: await freePort(),
    ...memory,
    startTimeoutMs: 180_000,
    password,
    report: (m) => console.log(m),
  });
  try {
    await neo4j.start();
    return await work({ uri: neo4j.uri, password, version: neo4j.version, dir, local: neo4j });
  } finally {
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function machine(): Record<string, string | number> {
  return { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

/** Writes bench/results/<stem>-<time>.<ext> and returns its path. */
export function writeResult(stem: string, when: string, ext: "json" | "md", content: string): string {
  const dir = join(projectRoot(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${stem}-${when.replace(/[:.]/g, "-")}.${ext}`);
  writeFileSync(path, content);
  return path;
}

/** commander parser for options that must be a whole number of at least 1. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number of at least 1, got ${value}`);
  return n;
}
