import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from "neo4j-driver";
import { ServiceUnavailableError } from "../errors/errors.js";
import type { Logger } from "../logging/logger.js";
import type { CypherQuery } from "./cypher.registry.js";
import type { DatabaseHealth } from "./database.health.js";
import { isUnavailable } from "./neo4j.errors.js";
import { toPlain } from "./plain.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface RunOptions {
  timeoutMs?: number;
  /** Sent to Neo4j as transaction metadata (shows up in SHOW TRANSACTIONS and query logs). */
  metadata?: Record<string, string | number>;
  /** Told about every statement sent; per-request counters hang off this. */
  observer?: QueryObserver;
}

export interface QueryObserver {
  onStatement(query: CypherQuery): void;
}

/** Statements inside one transaction opened by QueryRunner.transaction(). */
export interface TxRunner {
  run<T = Row>(query: CypherQuery, params?: Params): Promise<T[]>;
}

/**
 * The one place that talks to neo4j-driver: it always names the database, picks
 * executeRead or executeWrite from the query's mode, sets a timeout, converts
 * records to plain values, and turns "database unreachable" into SERVICE_UNAVAILABLE.
 */
export class QueryRunner {
  constructor(
    private readonly driver: Driver,
    private readonly health: DatabaseHealth,
    private readonly logger: Logger,
    private readonly opts: { database: string; timeoutMs: number },
  ) {}

  get database(): string {
    return this.opts.database;
  }

  async run<T = Row>(query: CypherQuery, params: Params = {}, options: RunOptions = {}): Promise<T[]> {
    return this.transaction(query.mode, (tx) => tx.run<T>(query, params), options);
  }

  /** Several statements in one transaction: all of them happen, or none. */
  async transaction<R>(mode: "READ" | "WRITE", work: (tx: TxRunner) => Promise<R>, options: RunOptions = {}): Promise<R> {
    if (this.health.isDown()) {
      throw new ServiceUnavailableError(`The graph database is unavailable (${this.health.reason ?? "unreachable"}); try again shortly.`);
    }
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: mode === "READ" ? "READ" : "WRITE" });
    const config = {
      timeout: options.timeoutMs ?? this.opts.timeoutMs,
      ...(options.metadata ? { metadata: { app: "coopgraph", ...options.metadata } } : { metadata: { app: "coopgraph" } }),
    };
    const txWork = (tx: ManagedTransaction) =>
      work({
        run: async <T>(query: CypherQuery, params: Params = {}) => {
          if (query.mode === "WRITE" && mode === "READ") throw new Error(`cypher/${query.name} writes; it cannot run in a read transaction`);
          options.observer?.onStatement(query);
          const result: QueryResult = await tx.run(query.text, toNeo4jParams(params) as Params);
          return result.records.map((r) => toPlain(r.toObject()) as T);
        },
      });
    try {
      return mode === "READ" ? await session.executeRead(txWork, config) : await session.executeWrite(txWork, config);
    } catch (err) {
      if (isUnavailable(err)) {
        this.health.markDown(err);
        throw new ServiceUnavailableError(undefined, err);
      }
      throw err;
    } finally {
      await session.close().catch((err: unknown) => this.logger.debug({ err }, "closing a Neo4j session failed"));
    }
  }
}

/**
 * JavaScript has one number type; Neo4j has INTEGER and FLOAT. Whole numbers go
 * as INTEGER (LIMIT, SKIP, counts and ids need it), recursively through plain
 * objects and arrays; driver values (already typed) pass through untouched.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value;
}
