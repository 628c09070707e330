/**
 * Side-by-side measurement: each query of the mix against each server, with
 * autocannon, the servers alternating within every round so drift on a
 * shared machine hits all alike. An answer that differs from the one checked
 * before the run (a GraphQL error in a 200 included) counts as an error.
 */
import autocannon from "autocannon";
import type { BenchQuery, QueryKind } from "./perf.mix.js";

export interface Target {
  server: string;
  url: string;
  /** The request body; undefined for a GET. */
  body?: string;
}

export interface Measurement {
  query: string;
  kind: QueryKind;
  server: string;
  round: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  statementsPerRequest: number;
}

export interface RunOptions {
  connections: number;
  durationSeconds: number;
  rounds: number;
}

/** One request to learn the expected answer and its statement count; throws if the answer is an error. */
async function probe(target: Target, query: string): Promise<{ body: string; statements: number }> {
  const res = await fetch(target.url, target.body ? { method: "POST", headers: { "content-type": "application/json" }, body: target.body } : {});
  const body = await res.text();
  const parsed = JSON.parse(body) as { errors?: { message: string }[]; error?: string };
  if (res.status !== 200 || parsed.errors || parsed.error) {
    throw new Error(`${target.server} cannot answer "${query}" (HTTP ${res.status}): ${parsed.errors?.[0]?.message ?? parsed.error ?? body.slice(0, 200)}`);
  }
  return { body, statements: Number(res.headers.get("x-cypher-statements") ?? NaN) };
}

/** Unmeasured load before the first round: just-in-time compilation, plans and caches of every server get the same start. */
const WARM_SECONDS = 2;

/**
 * settle, called before each server's turn, waits until Neo4j runs nothing
 * left over from the turn before (returns the milliseconds it waited).
 */
export async function measure(
  mix: BenchQuery[],
  targets: (q: BenchQuery) => Target[],
  opts: RunOptions,
  progress: (line: string) => void,
  settle: () => Promise<number> = async () => 0,
): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const settled = async (before: string) => {
    const waited = await settle();
    if (waited >= 1_000) progress(`waited ${(waited / 1000).toFixed(1)} s for Neo4j to finish the statements of the turn before ${before}`);
  };
  for (const q of mix) {
    for (const target of targets(q)) {
      await settled(`${q.name} · ${target.server} (warm-up)`);
      // A server that cannot answer is recorded as such in the rounds below.
      if (!(await probe(target, q.name).then(() => true, () => false))) continue;
      await autocannon({ url: target.url, method: target.body ? "POST" : "GET", headers: target.body ? { "content-type": "application/json" } : {}, body: target.body, connections: opts.connections, duration: Math.min(WARM_SECONDS, opts.durationSeconds) });
    }
  }
  progress("warmed every server on every query");
  for (let round = 1; round <= opts.rounds; round++) {
    for (const [i, q] of mix.entries()) {
      const list = targets(q);
      // Rotate who goes first, by round and query, so no server always follows another.
      const rotation = (round + i) % list.length;
      const ordered = [...list.slice(rotation), ...list.slice(0, rotation)];
      for (const target of ordered) {
        await settled(`round ${round} · ${q.name} · ${target.server}`);
        let expected: { body: string; statements: number };
        try {
          expected = await probe(target, q.name);
        } catch (err) {
          // One server failing one query (a time or memory limit at large scale) is a result, not the end of the run.
          results.push({ query: q.name, kind: q.kind, server: target.server, round, requestsPerSecond: 0, p50Ms: NaN, p99Ms: NaN, requests: 0, errors: 1, statementsPerRequest: NaN });
          progress(`round ${round} · ${q.name} · ${target.server}: no answer: ${(err as Error).message}`);
          continue;
        }
        const r = await autocannon({
          url: target.url,
          method: target.body ? "POST" : "GET",
          headers: target.body ? { "content-type": "application/json" } : {},
          body: target.body,
          connections: opts.connections,
          duration: opts.durationSeconds,
          expectBody: expected.body,
        });
        const m: Measurement = {
          query: q.name,
          kind: q.kind,
          server: target.server,
          round,
          requestsPerSecond: Math.round(r.requests.average),
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          requests: r.requests.total,
          errors: r.errors + r.timeouts + r.non2xx + r.mismatches,
          statementsPerRequest: expected.statements,
        };
        results.push(m);
        progress(`round ${round} · ${q.name} · ${target.server}: ${m.requestsPerSecond} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, ${m.errors} errors`);
      }
    }
  }
  return results;
}

export interface Summary {
  query: string;
  kind: QueryKind;
  servers: Record<string, { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; statementsPerRequest: number }>;
  /** coopgraph's throughput over each other server's; null when that server answered nothing in the time given. */
  ratios: Record<string, number | null>;
}

/** Per query and server: the median over rounds of throughput and latencies, errors summed. */
export function summarize(measurements: Measurement[], mix: BenchQuery[], subject = "coopgraph"): Summary[] {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  };
  return mix.map((q) => {
    const mine = measurements.filter((m) => m.query === q.name);
    const servers = Object.fromEntries(
      [...new Set(mine.map((m) => m.server))].map((server) => {
        const ms = mine.filter((m) => m.server === server);
        const perSecond = median(ms.map((m) => m.requestsPerSecond));
        return [
          server,
          {
            // A server slower than ten a second keeps a decimal: rounded to 0, its ratio read as infinite.
            requestsPerSecond: perSecond < 10 ? Math.round(perSecond * 10) / 10 : Math.round(perSecond),
            p50Ms: median(ms.map((m) => m.p50Ms)),
            p99Ms: median(ms.map((m) => m.p99Ms)),
            errors: ms.reduce((a, m) => a + m.errors, 0),
            statementsPerRequest: ms[0]!.statementsPerRequest,
          },
        ];
      }),
    );
    const own = servers[subject]?.requestsPerSecond ?? NaN;
    const ratios = Object.fromEntries(
      Object.entries(servers)
        .filter(([s]) => s !== subject)
        .map(([s, v]) => [s, v.requestsPerSecond > 0 ? Math.round((own / v.requestsPerSecond) * 100) / 100 : null]),
    );
    return { query: q.name, kind: q.kind, servers, ratios };
  });
}

export function markdownTable(summaries: Summary[]): string {
  const servers = [...new Set(summaries.flatMap((s) => Object.keys(s.servers)))];
  const others = servers.filter((s) => s !== "coopgraph");
  const head = ["query", ...servers.map((s) => `${s} req/s · p50 · p99 ms · stmts · errors`), ...others.map((o) => `coopgraph/${o}`)];
  const rows = summaries.map((s) => [
    s.query,
    ...servers.map((name) => {
      const v = s.servers[name];
      return v ? `${v.requestsPerSecond} · ${v.p50Ms} · ${v.p99Ms} · ${Number.isNaN(v.statementsPerRequest) ? "?" : v.statementsPerRequest} · ${v.errors}` : "n/a";
    }),
    ...others.map((o) => (s.ratios[o] === undefined ? "n/a" : (s.ratios[o] ?? `${o}: no answer`))),
  ]);
  return [head, head.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
