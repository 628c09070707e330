import type { ResultSummary } from "neo4j-driver";
import { graphJson } from "../db/plain.js";
import type { Params, QueryRunner, StreamedResult } from "../db/query-runner.js";

export interface StatementOptions {
  timeoutMs: number;
  metadata?: Record<string, string | number>;
}

export interface StatementRows {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

export interface StatementPlan {
  /** Neo4j's own classification: r (read), rw, w (write), s (schema or DBMS). */
  queryType: string;
  /** Operator names of the plan, e.g. ["ProduceResults", "LoadCSV"]. */
  operators: string[];
}

interface PlanNode {
  operatorType: string;
  children: unknown[];
}

/**
 * A researcher's own statement, sent as written (the runner's one unregistered
 * read). No checks here: those are the service's; Neo4j's READ transaction is
 * the guard underneath them.
 */
export class ResearcherRepository {
  constructor(private readonly runner: QueryRunner) {}

  /** The first maxRows rows, as JSON that keeps the shape of graph values. */
  rows(statement: string, params: Params, options: StatementOptions & { maxRows: number }): Promise<StatementRows> {
    return this.runner.readUnregistered(statement, params, (result) => firstRows(result, options.maxRows), tagged(options));
  }

  /** What kind of statement it is, according to Neo4j; nothing runs. */
  plan(statement: string, params: Params, options: StatementOptions): Promise<StatementPlan> {
    // EXPLAIN is a keyword Neo4j parses before the statement; the one place a person's statement is prefixed.
    return this.runner.readUnregistered(`EXPLAIN ${statement}`, params, async (result) => planOf(await result.summary()), tagged(options));
  }
}

/** Marks researchers' statements among coopgraph's own in SHOW TRANSACTIONS and the query log. */
function tagged(options: StatementOptions): StatementOptions {
  return { timeoutMs: options.timeoutMs, metadata: { adHoc: 1, ...options.metadata } };
}

/** Reads one row past maxRows, and no further, to know whether the result was cut. */
async function firstRows(result: StreamedResult, maxRows: number): Promise<StatementRows> {
  const columns = [...(await result.keys())];
  const rows: Record<string, unknown>[] = [];
  for await (const record of result) {
    if (rows.length === maxRows) return { columns, rows, truncated: true };
    rows.push(graphJson(record.toObject()) as Record<string, unknown>);
  }
  return { columns, rows, truncated: false };
}

function planOf(summary: ResultSummary): StatementPlan {
  const operators: string[] = [];
  const walk = (plan: PlanNode | false | undefined) => {
    if (!plan) return;
    // Operator names come with a suffix after "@" ("Filter@neo4j"); the name alone is what we refuse by.
    operators.push(plan.operatorType.replace(/@.*$/, ""));
    for (const child of plan.children) walk(child as PlanNode);
  };
  walk(summary.plan as PlanNode | false);
  return { queryType: String(summary.queryType), operators };
}
