import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/project-root.js";

/** READ runs through executeRead (a follower may answer it), WRITE through executeWrite. */
export type AccessMode = "READ" | "WRITE";

export interface CypherQuery {
  /** Path of the file under cypher/, without ".cypher": "meta/database-info". */
  readonly name: string;
  readonly mode: AccessMode;
  /** The statement, read from disk the first time it is needed and then kept. */
  readonly text: string;
}

const registry = new Map<string, CypherQuery>();

export function cypherDir(): string {
  return join(projectRoot(), "cypher");
}

/**
 * Reads one statement; files hold exactly one query. Whole-line // comments
 * stay in the file: the text sent with every request (and hashed by Neo4j's
 * plan cache) is the statement alone.
 */
export function readCypherFile(name: string): string {
  const text = readFileSync(join(cypherDir(), `${name}.cypher`), "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
  if (!text) throw new Error(`cypher/${name}.cypher is empty`);
  return text;
}

/**
 * Registers a query kept in cypher/<name>.cypher. Repositories name queries
 * only through this, so every statement the API can send is a reviewed file
 * that a test EXPLAINs, and user input only ever arrives as parameters.
 */
export function defineQuery(name: string, mode: AccessMode): CypherQuery {
  const existing = registry.get(name);
  if (existing) {
    if (existing.mode !== mode) throw new Error(`cypher/${name} registered twice with different modes`);
    return existing;
  }
  let text: string | undefined;
  const query: CypherQuery = {
    name,
    mode,
    get text() {
      text ??= readCypherFile(name);
      return text;
    },
  };
  registry.set(name, query);
  return query;
}

export function registeredQueries(): CypherQuery[] {
  return [...registry.values()];
}
