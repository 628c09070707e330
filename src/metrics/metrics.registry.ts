import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Database } from "../db/database.js";
import type { QueryObserver } from "../db/query-runner.js";
import type { Outcome } from "../graphql/errors.plugin.js";
import { poolConnections } from "./metrics.pool.js";


/** Operation names come from clients: past this many distinct ones, new names are counted as "other". */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The app's Prometheus metrics, in a registry of its own (not prom-client's
 * global one), so several apps in one process (the tests) do not collide.
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly operations: Counter<"operation" | "outcome">;
  private readonly operationSeconds: Histogram<"operation" | "outcome">;
  private readonly statements: Counter<"statement" | "outcome">;
  private readonly statementSeconds: Histogram<"statement">;
  private readonly cacheReads: Counter<"result">;

  constructor(db: Database) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: "coopgraph_" });
    this.operations = new Counter({ name: "coopgraph_graphql_operations_total", help: "GraphQL operations by operation name and outcome (ok, partial, error)", labelNames: ["operation", "outcome"], registers });
    this.operationSeconds = new Histogram({ name: "coopgraph_graphql_operation_duration_seconds", help: "GraphQL operation time, from request to response", labelNames: ["operation", "outcome"], buckets: SECONDS, registers });
    this.statements = new Counter({ name: "coopgraph_cypher_statements_total", help: "Cypher statements sent for GraphQL requests, by statement (file under cypher/) and outcome", labelNames: ["statement", "outcome"], registers });
    this.statementSeconds = new Histogram({ name: "coopgraph_cypher_statement_duration_seconds", help: "Cypher statement time, by statement (file under cypher/)", labelNames: ["statement"], buckets: SECONDS, registers });
    this.cacheReads = new Counter({
      name: "coopgraph_http_cache_reads_total",
      help: "GET and persisted-query reads with an ETag: hit (If-None-Match matched, 304, nothing ran) or miss (answered in full)",
      labelNames: ["result"],
      registers,
    });
    new Gauge({
      name: "coopgraph_neo4j_available",
      help: "1 while the outage gate is open (Neo4j answers), 0 while requests are failed fast",
      registers,
      collect() {
        this.set(db.health.isDown() ? 0 : 1);
      },
    });
    new Gauge({
      name: "coopgraph_neo4j_pool_connections",
      help: "Bolt connections of the driver's pool, in use or idle",
      labelNames: ["state"],
      registers,
      collect() {
        const pool = poolConnections(db.driver);
        // Left out rather than reported as 0 when the driver's internals are not where we expect them.
        if (!pool) return;
        this.set({ state: "in_use" }, pool.inUse);
        this.set({ state: "idle" }, pool.idle);
      },
    });
  }

  /** Counts one ETag-tagged read: answered from the client's cache (304) or in full. */
  cacheRead(hit: boolean): void {
    this.cacheReads.inc({ result: hit ? "hit" : "miss" });
  }

  /** Reports the change feed's open subscriptions at every scrape. */
  watchSubscribers(count: () => number): void {
    new Gauge({
      name: "coopgraph_change_feed_subscribers",
      help: "Open graphChanged subscriptions on this replica",
      registers: [this.registry],
      collect() {
        this.set(count());
      },
    });
  }

  /** Records one GraphQL operation. */
  operation(name: string | null | undefined, outcome: Outcome, seconds: number): void {
    const operation = this.operationLabel(name);
    this.operations.inc({ operation, outcome });
    this.operationSeconds.observe({ operation, outcome }, seconds);
  }

  /** Counts and times every Cypher statement of a request (passed to the request's QueryRunner calls). */
  readonly statementObserver: QueryObserver = {
    onStatement: (query) => {
      const stop = this.statementSeconds.startTimer({ statement: query.name });
      return (error?: unknown) => {
        stop();
        this.statements.inc({ statement: query.name, outcome: error === undefined ? "ok" : "error" });
      };
    },
  };

  private operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return "other";
    this.operationNames.add(name);
    return name;
  }
}
