import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from "neo4j-driver";
import { QueryTimeoutError, ServiceUnavailableError } from "../errors/errors.js";
import type { Logger } from "../logging/logger.js";
import type { CypherQuery } from "./cypher.registry.js";
import type { DatabaseHealth } from "./database.health.js";
import { isTerminated, isTimeout, isUnavailable } from "./neo4j.errors.js";
import { graphJson, toPlain } from "./plain.js";

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

  /** The time limit of every transaction that does not set its own. */
  get defaultTimeoutMs(): number {
    return this.opts.timeoutMs;
  }

  async run<T = Row>(query: CypherQuery, params: Params = {}, options: RunOptions = {}): Promise<T[]> {
    return this.transaction(query.mode, (tx) => tx.run<T>(query, params), options);
  }

  /**
   * A statement written by a person (the researcher API), not one of ours: run
   * in a READ transaction, which Neo4j itself refuses to let write, with a time
   * limit, reading at most maxRows + 1 rows. Values become JSON-friendly (graphJson).
   */
  async runAdHocRead(statement: string, params: Params, options: AdHocOptions): Promise<AdHocResult> {
    return this.adHoc(async (tx) => {
      const result = tx.run(statement, toNeo4jParams(params) as Params);
      const columns = [...(await result.keys())];
      const rows: Record<string, unknown>[] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length === options.maxRows) {
          truncated = true;
          break;
        }
        rows.push(graphJson(record.toObject()) as Record<string, unknown>);
      }
      return { columns, rows, truncated };
    }, options);
  }

  /** EXPLAIN of a person's statement: nothing runs, Neo4j says what kind of statement it is. */
  async explainAdHoc(statement: string, params: Params, options: Omit<AdHocOptions, "maxRows">): Promise<AdHocPlan> {
    return this.adHoc(async (tx) => {
      // The one place a statement is prefixed: EXPLAIN is a keyword Neo4j parses before the statement; nothing runs.
      const summary = (await tx.run(`EXPLAIN ${statement}`, toNeo4jParams(params) as Params)).summary;
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] } | false | undefined) => {
        if (!plan) return;
        operators.push(plan.operatorType.replace(/@.*$/, ""));
        for (const child of plan.children) walk(child as { operatorType: string; children: unknown[] });
      };
      walk(summary.plan as { operatorType: string; children: unknown[] } | false);
      return { queryType: String(summary.queryType), operators };
    }, options);
  }

  private async adHoc<R>(work: (tx: ManagedTransaction) => Promise<R>, options: { timeoutMs: number; metadata?: Record<string, string | number> }): Promise<R> {
    if (this.health.isDown()) throw new ServiceUnavailableError(`The graph database is unavailable (${this.health.reason ?? "unreachable"}); try again shortly.`);
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: "READ" });
    const startedAt = performance.now();
    try {
      return await session.executeRead(work, { timeout: options.timeoutMs, metadata: { app: "coopgraph", adHoc: 1, ...options.metadata } });
    } catch (err) {
      throw this.mapError(err, options.timeoutMs, startedAt);
    } finally {
      await session.close().catch((err: unknown) => this.logger.debug({ err }, "closing a Neo4j session failed"));
    }
  }

  /** Unreachable database → SERVICE_UNAVAILABLE (and the health gate closes); time limit → QUERY_TIMEOUT. */
  private mapError(err: unknown, timeoutMs: number, startedAt: number): unknown {
    if (isUnavailable(err)) {
      this.health.markDown(err);
      return new ServiceUnavailableError(undefined, err);
    }
    // A transaction stopped while waiting for a lock reports "terminated", not "timed out".
    if (isTimeout(err) || (isTerminated(err) && performance.now() - startedAt >= timeoutMs)) return new QueryTimeoutError(`The query ran past its time limit of ${timeoutMs} ms; Neo4j stopped it and nothing was changed.`, err);
    return err;
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
    const startedAt = performance.now();
    try {
      return mode === "READ" ? await session.executeRead(txWork, config) : await session.executeWrite(txWork, config);
    } catch (err) {
      throw this.mapError(err, config.timeout, startedAt);
    } finally {
      await session.close().catch((err: unknown) => this.logger.debug({ err }, "closing a Neo4j session failed"));
    }
  }
}

export interface AdHocOptions {
  timeoutMs: number;
  /** Rows kept; one more is read to know whether the result was cut. */
  maxRows: number;
  metadata?: Record<string, string | number>;
}

export interface AdHocResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

export interface AdHocPlan {
  /** Neo4j's own classification: r (read), rw, w (write), s (schema or DBMS). */
  queryType: string;
  /** Operator names of the plan, e.g. ["ProduceResults", "LoadCSV"]. */
  operators: string[];
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
