import type { CypherQuery } from "../db/cypher.registry.js";
import type { EntityLoader } from "../entity/entity.loaders.js";
import type { RelationLoaders } from "../relations/relation.loaders.js";
import type { QueryObserver, RunOptions, StatementEnd } from "../db/query-runner.js";
import type { FastifyBaseLogger } from "fastify";
import type { Principal } from "../auth/auth.roles.js";
import type { RequestTrace } from "../tracing/tracing.request.js";

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
  /** The verified caller; undefined for an anonymous request. */
  principal: Principal | undefined;
  statements: StatementCounter;
  /** Passed to every repository call: request metadata for Neo4j, the statement counter. */
  runOptions: RunOptions;
  /** DataLoaders of this request only: batching per tick, caching per request. */
  loaders: Loaders;
  /** Shared by the operations of a batch: whether any of them executed (and so the response is 200). */
  http: { executed: boolean };
  /** The request's trace, when tracing is on. */
  trace?: RequestTrace;
}


export interface Loaders {
  entity: EntityLoader;
  relations: RelationLoaders;
}

export type LoaderFactory = (runOptions: RunOptions) => Loaders;

/** Tells several observers (the counter, metrics, tracing) about each statement. */
function allOf(observers: QueryObserver[]): QueryObserver {
  if (observers.length === 1) return observers[0] as QueryObserver;
  return {
    onStatement(query) {
      const ends = observers.map((o) => o.onStatement(query)).filter((end): end is StatementEnd => typeof end === "function");
      return (error?: unknown) => ends.forEach((end) => end(error));
    },
  };
}

export function createContext(
  requestId: string,
  logger: FastifyBaseLogger,
  createLoaders: LoaderFactory,
  principal?: Principal,
  observers: QueryObserver[] = [],
  trace?: RequestTrace,
): GraphQLContext {
  const statements = new StatementCounter();
  // The caller's subject travels to Neo4j too, so SHOW TRANSACTIONS and query logs name who ran what.
  const runOptions: RunOptions = { observer: allOf([statements, ...observers, ...(trace ? [trace.observer] : [])]), metadata: { requestId, ...(principal ? { user: principal.subject } : {}) } };
  const context: GraphQLContext = { requestId, logger, principal, statements, runOptions, loaders: createLoaders(runOptions), http: { executed: false } };
  return trace ? { ...context, trace } : context;
}
