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

/** Records the statements of each query of `mix`, after answering each of `warm` (the whole mix) once. */
export async function recordStatements(db: Database, logger: Logger, mix: BenchQuery[], warm: BenchQuery[] = mix): Promise<Record<string, RecordedStatement[]>> {
  let current: RecordedStatement[] = [];
  const runner = db.runner;
  // Every registered statement passes the runner's one send hook, with its parameters.
  runner.onSend = (query, params) => current.push({ name: query.name, text: query.text, params: structuredClone(params) });
  const app = await buildApp({ db, logger });
  try {
    const answer = async (q: BenchQuery) => {
      const res = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query: q.query, variables: q.variables } });
      const body = res.json() as { errors?: { message: string }[] };
      if (res.statusCode !== 200 || body.errors) throw new Error(`"${q.name}" failed on coopgraph (HTTP ${res.statusCode}): ${body.errors?.[0]?.message ?? res.body.slice(0, 200)}`);
    };
    // The whole mix once (even under --only), unrecorded: it builds what later requests share (the cooperation projection, which
    // co-participants wait for; the topology, which a path waits for), so no build's statements are recorded
    // and each query is recorded as a request during the run answers it.
    for (const q of warm) await answer(q);
    const recorded: Record<string, RecordedStatement[]> = {};
    for (const q of mix) {
      current = [];
      await answer(q);
      recorded[q.name] = current;
    }
    return recorded;
  } finally {
    runner.onSend = undefined;
    await app.close();
  }
}
