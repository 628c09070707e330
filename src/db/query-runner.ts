import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type QueryResult, type Result } from "neo4j-driver";
import { QueryTimeoutError, QueryTooLargeError, ServiceUnavailableError } from "../errors/errors.js";
import type { Logger } from "../logging/logger.js";
import type { CypherQuery } from "./cypher.registry.js";
import type { DatabaseHealth } from "./database.health.js";
import { isMemoryLimit, isTerminated, isTimeout, isUnavailable } from "./neo4j.errors.js";
import { toPlain } from "./plain.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;
type Mode = "READ" | "WRITE";

/** Waits between attempts of a read that failed transiently (as the driver's own retries, shorter). */
const RETRY_DELAYS_MS = [50, 200, 800];
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TransactionOptions {
  /** Defaults to the runner's own limit. */
  timeoutMs?: number;
  /** Sent to Neo4j as transaction metadata (shows up in SHOW TRANSACTIONS and query logs). */
  metadata?: Record<string, string | number>;
}

export interface RunOptions extends TransactionOptions {
  /** Told about every statement sent; per-request counters hang off this. */
  observer?: QueryObserver;
}

export interface QueryObserver {
  /** Called as a statement is sent; a function returned is called when it has finished (with the error, if it failed). */
  onStatement(query: CypherQuery): StatementEnd | void;
}

export type StatementEnd = (error?: unknown) => void;

/** Statements inside one transaction opened by QueryRunner.transaction(). */
export interface TxRunner {
  run<T = Row>(query: CypherQuery, params?: Params): Promise<T[]>;
}

/** A streamed result, read inside its transaction: enough to stop early or to look at the plan. */
export type StreamedResult = Pick<Result, "keys" | "summary" | typeof Symbol.asyncIterator>;

/**
 * The one place that talks to neo4j-driver: every statement goes through one
 * session lifecycle, which always names the database, picks executeRead or
 * executeWrite, sets a timeout and metadata, and turns "database unreachable"
 * into SERVICE_UNAVAILABLE. Application code sends registered queries
 * (cypher/*.cypher) only; readUnregistered is the single, read-only exception.
 */
export class QueryRunner {
  constructor(
    private readonly driver: Driver,
    private readonly health: DatabaseHealth,
    private readonly logger: Logger,
    private readonly opts: { database: string; timeoutMs: number; retryTimeMs: number },
  ) {}

  get database(): string {
    return this.opts.database;
  }

  /** The time limit of every transaction that does not set its own. */
  get defaultTimeoutMs(): number {
    return this.opts.timeoutMs;
  }

  /**
   * Told of every registered statement as it is sent, with its parameters:
   * the benchmark records coopgraph's statements this way (bench/perf/perf.record.ts).
   */
  onSend: ((query: CypherQuery, params: Params) => void) | undefined;

  /**
   * One statement. A read is sent on its own (an auto-commit transaction): a
   * managed transaction would add a COMMIT round trip, about 1 of the 2.3 ms
   * an id lookup costs at medium scale, for nothing a single read needs.
   */
  async run<T = Row>(query: CypherQuery, params: Params = {}, options: RunOptions = {}): Promise<T[]> {
    if (query.mode === "WRITE") return this.transaction("WRITE", (tx) => tx.run<T>(query, params), options);
    return this.autoCommitRead<T>(query, params, options);
  }

  /** Several statements in one transaction: all of them happen, or none. */
  async transaction<R>(mode: Mode, work: (tx: TxRunner) => Promise<R>, options: RunOptions = {}): Promise<R> {
    return this.inSession(mode, (tx) => work(registeredOnly(tx, mode, options.observer, this.onSend)), options);
  }

  /**
   * The only way a statement that is not a registered query reaches Neo4j; its
   * one caller is the researcher feature, running a person's own Cypher. It is
   * always a READ transaction, so Neo4j itself refuses to let the text write.
   * consume reads the result inside the transaction and may stop early, so
   * rows it does not want are never fetched.
   */
  async readUnregistered<R>(statement: string, params: Params, consume: (result: StreamedResult) => Promise<R>, options: TransactionOptions = {}): Promise<R> {
    return this.inSession("READ", (tx) => consume(tx.run(statement, toNeo4jParams(params) as Params)), options);
  }

  /** The session lifecycle of every statement: outage gate, session, mode, limits, error mapping, close. */
  private async inSession<R>(mode: Mode, work: (tx: ManagedTransaction) => Promise<R>, options: TransactionOptions): Promise<R> {
    this.refuseWhileDown();
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: mode });
    const config = { timeout: options.timeoutMs ?? this.opts.timeoutMs, metadata: { app: "coopgraph", ...options.metadata } };
    const startedAt = performance.now();
    try {
      return mode === "READ" ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (err) {
      throw this.mapError(err, config.timeout, startedAt);
    } finally {
      await session.close().catch((err: unknown) => this.logger.debug({ err }, "closing a Neo4j session failed"));
    }
  }

  /**
   * A single read as an auto-commit statement, with what executeRead would
   * give it: the same gate, session, limits and error mapping, and retries of
   * transient failures (a leader switch, a connection dropped) within the
   * driver's retry time.
   */
  private async autoCommitRead<T>(query: CypherQuery, params: Params, options: RunOptions): Promise<T[]> {
    this.refuseWhileDown();
    const config = { timeout: options.timeoutMs ?? this.opts.timeoutMs, metadata: { app: "coopgraph", ...options.metadata } };
    const neoParams = toNeo4jParams(params) as Params;
    const startedAt = performance.now();
    this.onSend?.(query, params);
    const end = options.observer?.onStatement(query);
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.opts.database, defaultAccessMode: "READ" });
      try {
        const result = await withoutCallSite(() => session.run(query.text, neoParams, config));
        end?.();
        return result.records.map((r) => toPlain(r.toObject()) as T);
      } catch (err) {
        const waitMs = RETRY_DELAYS_MS[attempt];
        if (waitMs !== undefined && isRetryableError(err) && !isMemoryLimit(err) && performance.now() - startedAt + waitMs < this.opts.retryTimeMs) {
          await delay(waitMs);
          continue;
        }
        end?.(err);
        throw this.mapError(err, config.timeout, startedAt);
      } finally {
        await session.close().catch((err: unknown) => this.logger.debug({ err }, "closing a Neo4j session failed"));
      }
    }
  }

  /** The outage gate: while Neo4j is away, every statement is refused at once, without a session. */
  private refuseWhileDown(): void {
    if (this.health.isDown()) {
      throw new ServiceUnavailableError(`The graph database is unavailable (${this.health.reason ?? "unreachable"}); try again shortly.`);
    }
  }

  /** Unreachable database → SERVICE_UNAVAILABLE (and the health gate closes); time limit → QUERY_TIMEOUT; memory limit → QUERY_TOO_LARGE. */
  private mapError(err: unknown, timeoutMs: number, startedAt: number): unknown {
    if (isUnavailable(err)) {
      this.health.markDown(err);
      return new ServiceUnavailableError(undefined, err);
    }
    // A transaction stopped while waiting for a lock reports "terminated", not "timed out".
    if (isTimeout(err) || (isTerminated(err) && performance.now() - startedAt >= timeoutMs)) return new QueryTimeoutError(`The query ran past its time limit of ${timeoutMs} ms; Neo4j stopped it and nothing was changed.`, err);
    if (isMemoryLimit(err)) {
      return new QueryTooLargeError(
        "The query needed more memory than Neo4j allows a transaction (dbms.memory.transaction.total.max); Neo4j stopped it and nothing was changed. Narrow it (a region, a programme, a period) or raise that setting.",
        err,
      );
    }
    return err;
  }
}

/** A transaction's view for application code: registered queries only, values converted to plain TypeScript. */
function registeredOnly(tx: ManagedTransaction, mode: Mode, observer: QueryObserver | undefined, onSend: QueryRunner["onSend"]): TxRunner {
  return {
    run: async <T>(query: CypherQuery, params: Params = {}) => {
      if (query.mode === "WRITE" && mode === "READ") throw new Error(`cypher/${query.name} writes; it cannot run in a read transaction`);
      onSend?.(query, params);
      const end = observer?.onStatement(query);
      let result: QueryResult;
      try {
        result = await withoutCallSite(() => tx.run(query.text, toNeo4jParams(params) as Params));
      } catch (err) {
        end?.(err);
        throw err;
      }
      end?.();
      return result.records.map((r) => toPlain(r.toObject()) as T);
    },
  };
}

/**
 * neo4j-driver formats a stack trace for every statement it is given (to put
 * on an error, should one come), and formatting one cost 3 to 6% of the busy
 * time of a server answering small reads. Here it would only ever show this
 * runner and the driver's promise machinery, never the resolver that asked.
 * The driver builds its result synchronously, so no other code sees the limit.
 */
function withoutCallSite<T>(send: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return send();
  } finally {
    Error.stackTraceLimit = limit;
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
