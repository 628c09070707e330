import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/config/project-root.js";
import { LocalNeo4j } from "../../src/local-neo4j/local-neo4j.js";
import { isAlive } from "../../src/local-neo4j/local-neo4j.process.js";

/** Folders of the throwaway test Neo4j: `<tmp>/coopgraph-test-neo4j-XXXXXX`. */
export const TEST_DIR_PREFIX = "coopgraph-test-neo4j-";
/** The pid of the test run that owns a folder; its Neo4j is a leftover once that process is gone. */
const OWNER_FILE = "owner.pid";
const UNOWNED_GRACE_MS = 30 * 60_000;

/** A new folder for this run's Neo4j, claimed by this process before anything starts in it. */
export function claimInstanceDir(parent: string): string {
  const dir = mkdtempSync(join(parent, TEST_DIR_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), `${process.pid}\n`);
  return dir;
}

/**
 * The process a folder belongs to: its owner file, or for a folder made
 * before owner files existed, the parent of its JVM (the test run that spawned
 * it, while that lives). Undefined when neither is known.
 */
function ownerOf(dir: string): number | undefined {
  const read = (path: string) => {
    const n = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  try {
    if (existsSync(join(dir, OWNER_FILE))) return read(join(dir, OWNER_FILE));
    const jvm = read(join(dir, "run", "coopgraph-neo4j.pid"));
    if (jvm === undefined) return undefined;
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after its ")".
    const ppid = Number(readFileSync(`/proc/${jvm}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
    return ppid > 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stops the Neo4j of test runs that were killed before their teardown (it was
 * started detached, so it outlives them) and removes their folders. A folder
 * whose owner still runs (a concurrent run, in another worktree too) is left
 * alone, and only a JVM whose command line names our entry point and that
 * folder is ever signalled (LocalNeo4j.stop checks both).
 */
export async function reapLeftovers(parent: string, report: (msg: string) => void = () => {}): Promise<string[]> {
  const reaped: string[] = [];
  for (const name of readdirSync(parent).filter((n) => n.startsWith(TEST_DIR_PREFIX))) {
    const dir = join(parent, name);
    const owner = ownerOf(dir);
    if (owner !== undefined && (owner === process.pid || isAlive(owner))) continue;
    // No owner known: perhaps a run (of older code, without owner files) still setting up; only an old folder is a leftover.
    if (owner === undefined && Date.now() - statSync(dir).mtimeMs < UNOWNED_GRACE_MS) continue;
    const leftover = new LocalNeo4j({ root: projectRoot(), instanceDir: dir, boltPort: 0, httpPort: 0, heap: "1g", pageCache: "256m", startTimeoutMs: 0, password: "" });
    if (await leftover.stop(10_000)) report(`stopped the Neo4j left running by a killed test run in ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    reaped.push(dir);
  }
  return reaped;
}
