import type { CypherQuery } from "../db/cypher.registry.js";
import type { QueryObserver, RunOptions } from "../db/query-runner.js";
import type { FastifyBaseLogger } from "fastify";

/** Counts the Cypher statements one GraphQL request sends (tests and benchmarks read it). */
export class StatementCounter implements QueryObserver {
  count = 0;
  readonly names: string[] = [];
  onStatement(query: CypherQuery): void {
    this.count += 1;
    this.names.push(query.name);
  }
}

/** Built fresh for every request: nothing in it outlives the request. */
export interface GraphQLContext {
  requestId: string;
  logger: FastifyBaseLogger;
  statements: StatementCounter;
  /** Passed to every repository call: request metadata for Neo4j, the statement counter. */
  runOptions: RunOptions;
}

export function createContext(requestId: string, logger: FastifyBaseLogger): GraphQLContext {
  const statements = new StatementCounter();
  return {
    requestId,
    logger,
    statements,
    runOptions: { observer: statements, metadata: { requestId } },
  };
}
