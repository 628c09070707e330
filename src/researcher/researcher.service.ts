import { BadUserInputError, ForbiddenError, LimitExceededError } from "../errors/errors.js";
import type { ResearcherRepository, StatementRows } from "./researcher.repository.js";

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
}

export interface CypherRequest {
  statement: string;
  parameters: Record<string, unknown>;
  maxRows: number | undefined;
  metadata: Record<string, string | number>;
}

export interface CypherResponse extends StatementRows {
  queryType: string;
  elapsedMs: number;
}

const MAX_STATEMENT_LENGTH = 20_000;

/**
 * Read-only operators that still reach beyond the graph: LOAD CSV fetches
 * URLs and files, SHOW TRANSACTIONS shows other people's queries, TERMINATE
 * TRANSACTIONS stops them, SHOW SETTINGS reveals the server's configuration.
 */
const ALLOWED_SHOW = new Set(["ShowIndexes", "ShowConstraints", "ShowProcedures", "ShowFunctions"]);
function refusedOperator(operator: string): boolean {
  return operator === "LoadCSV" || operator.startsWith("Terminate") || (operator.startsWith("Show") && !ALLOWED_SHOW.has(operator));
}

const WHAT_IT_DOES: Record<string, string> = {
  w: "writes to the graph",
  rw: "writes to the graph",
  s: "changes the schema or calls a DBMS procedure",
};

/**
 * Researchers' own Cypher. Neo4j is the guard: the statement runs in a READ
 * transaction that Neo4j refuses to let write, under a time limit. Before
 * that, an EXPLAIN (which runs nothing) lets us refuse, with a clear message,
 * anything that is not a plain read, and the few reads that reach outside the
 * graph (LOAD CSV, SHOW/TERMINATE TRANSACTIONS, SHOW SETTINGS).
 */
export class ResearcherService {
  constructor(
    private readonly statements: ResearcherRepository,
    private readonly limits: CypherLimits,
  ) {}

  async run(request: CypherRequest): Promise<CypherResponse> {
    const statement = request.statement;
    if (statement.trim() === "") throw new BadUserInputError("statement is empty.", { argument: "statement" });
    if (statement.length > MAX_STATEMENT_LENGTH) {
      throw new BadUserInputError(`statement has ${statement.length} characters, over the maximum of ${MAX_STATEMENT_LENGTH}.`, { argument: "statement" });
    }
    const maxRows = request.maxRows ?? this.limits.maxRows;
    if (!Number.isInteger(maxRows) || maxRows < 1) throw new BadUserInputError(`maxRows must be a whole number from 1 to ${this.limits.maxRows}; got ${maxRows}.`, { argument: "maxRows" });
    if (maxRows > this.limits.maxRows) throw new LimitExceededError({ limit: "rows", maximum: this.limits.maxRows, actual: maxRows });

    const options = { timeoutMs: this.limits.timeoutMs, metadata: request.metadata };
    const plan = await this.statements.plan(statement, request.parameters, options).catch((err: unknown) => {
      throw cypherError(err);
    });
    if (plan.queryType !== "r") {
      throw new ForbiddenError(`Researcher Cypher is read-only: this statement ${WHAT_IT_DOES[plan.queryType] ?? `is of type ${plan.queryType}`}, so it was refused and nothing ran.`);
    }
    const refused = plan.operators.find(refusedOperator);
    if (refused) throw new ForbiddenError(`Researcher Cypher may not use ${refused} (it reaches outside the graph); the statement was refused and nothing ran.`);

    const started = performance.now();
    const result = await this.statements.rows(statement, request.parameters, { ...options, maxRows }).catch((err: unknown) => {
      throw cypherError(err);
    });
    return { ...result, queryType: plan.queryType, elapsedMs: Math.round(performance.now() - started) };
  }
}

/** Neo4j's client errors (syntax, unknown function, access mode) are the researcher's to fix: shown as they are. */
function cypherError(err: unknown): unknown {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === "string" && e.code.startsWith("Neo.ClientError.")) {
    if (e.code === "Neo.ClientError.Statement.AccessMode") {
      return new ForbiddenError(`Researcher Cypher is read-only; Neo4j refused the statement: ${String(e.message)}`);
    }
    return new BadUserInputError(`Neo4j refused the statement (${e.code.replace("Neo.ClientError.", "")}): ${String(e.message)}`, { neo4jCode: e.code });
  }
  return err;
}
