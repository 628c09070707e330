/**
 * The floor runs the same Cypher as coopgraph: this records, per query of the
 * mix, the statements coopgraph sends (file name, text, parameters) by
 * answering each query in-process watching the runner's send hook (QueryRunner.onSend).
 */
import type { Database } from "../../src/db/database.js";
import type { Params } from "../../src/db/query-runner.js";
import type { Logger } from "../../src/logging/logger.js";
import { buildApp } from "../../src/server.js";
import type { BenchQuery } from "./perf.mix.js";

export interface RecordedStatement {
  name: string;
  text: string;
  params: Params;
}

export async function recordStatements(db: Database, logger: Logger, mix: BenchQuery[]): Promise<Record<string, RecordedStatement[]>> {
  let current: RecordedStatement[] = [];
  const runner = db.runner;
  // Every registered statement passes the runner's one send hook, with its parameters.
  runner.onSend = (query, params) => current.push({ name: query.name, text: query.text, params: structuredClone(params) });
  const app = await buildApp({ db, logger });
  try {
    const recorded: Record<string, RecordedStatement[]> = {};
    for (const q of mix) {
      // Answered twice, the second recorded: the first may build what every later request shares (the
      // cooperation projection), and a request during the run sends only the second's statements.
      for (let turn = 0; turn < 2; turn++) {
        current = [];
        const res = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query: q.query, variables: q.variables } });
        const body = res.json() as { errors?: { message: string }[] };
        if (res.statusCode !== 200 || body.errors) throw new Error(`"${q.name}" failed on coopgraph (HTTP ${res.statusCode}): ${body.errors?.[0]?.message ?? res.body.slice(0, 200)}`);
      }
      recorded[q.name] = current;
    }
    return recorded;
  } finally {
    runner.onSend = undefined;
    await app.close();
  }
}
