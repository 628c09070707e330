/**
 * The row the performance issue asks for apart from the side-by-side table:
 * repeated dashboard reads with coopgraph's graph-versioned HTTP cache (a GET
 * answers with an ETag from the graph version and the request; the same GET
 * with If-None-Match gets 304 after one small statement), against the same GET
 * answered in full. Only coopgraph has that cache, so no peer or floor here.
 */
import autocannon from "autocannon";
import type { BenchQuery } from "./perf.mix.js";
import type { RunOptions } from "./perf.run.js";

export interface DashboardRead {
  query: string;
  round: number;
  /** "full": a plain GET; "revalidated": the same GET with the answer's ETag in If-None-Match. */
  mode: "full" | "revalidated";
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers other than the expected one (a 200 with the probed body, or a 304). */
  errors: number;
}

/** The mix's everyday reads a dashboard repeats. */
export const DASHBOARD_QUERIES = ["one-hop paged list", "three-level nested"];

export async function measureDashboardReads(graphqlUrl: string, mix: BenchQuery[], opts: RunOptions, progress: (line: string) => void): Promise<DashboardRead[]> {
  const reads: DashboardRead[] = [];
  for (const q of mix.filter((m) => DASHBOARD_QUERIES.includes(m.name))) {
    const url = `${graphqlUrl}?query=${encodeURIComponent(q.query)}&variables=${encodeURIComponent(JSON.stringify(q.variables))}`;
    // A browser's GET names its content type (Apollo's CSRF guard refuses one that does not).
    const base = { "content-type": "application/json" };
    const probe = await fetch(url, { headers: base });
    const body = await probe.text();
    const etag = probe.headers.get("etag");
    if (probe.status !== 200 || !etag) throw new Error(`a GET of "${q.name}" answered HTTP ${probe.status} ${etag ? "" : "without an ETag"}: ${body.slice(0, 200)}`);
    for (let round = 1; round <= opts.rounds; round++) {
      for (const mode of ["full", "revalidated"] as const) {
        const r = await autocannon({
          url,
          method: "GET",
          headers: mode === "revalidated" ? { ...base, "if-none-match": etag } : base,
          connections: opts.connections,
          duration: opts.durationSeconds,
          ...(mode === "full" ? { expectBody: body } : {}),
        });
        const unexpected = mode === "full" ? r.non2xx + r.mismatches : r.requests.total - r["3xx"];
        const read: DashboardRead = {
          query: q.name,
          round,
          mode,
          requestsPerSecond: Math.round(r.requests.average),
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          requests: r.requests.total,
          errors: r.errors + r.timeouts + unexpected,
        };
        reads.push(read);
        progress(`round ${round} · ${q.name} as a dashboard GET · ${mode}: ${read.requestsPerSecond} req/s, p50 ${read.p50Ms} ms, p99 ${read.p99Ms} ms, ${read.errors} errors`);
      }
    }
  }
  return reads;
}

/** Per query: the median over rounds of each mode, and revalidated over full. */
export function dashboardTable(reads: DashboardRead[]): string {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const head = ["dashboard GET", "full req/s · p50 · p99 ms", "revalidated (304) req/s · p50 · p99 ms", "revalidated/full", "errors"];
  const rows = [...new Set(reads.map((r) => r.query))].map((query) => {
    const of = (mode: DashboardRead["mode"]) => reads.filter((r) => r.query === query && r.mode === mode);
    const cell = (rs: DashboardRead[]) => `${median(rs.map((r) => r.requestsPerSecond))} · ${median(rs.map((r) => r.p50Ms))} · ${median(rs.map((r) => r.p99Ms))}`;
    const ratio = median(of("revalidated").map((r) => r.requestsPerSecond)) / median(of("full").map((r) => r.requestsPerSecond));
    return [query, cell(of("full")), cell(of("revalidated")), String(Math.round(ratio * 100) / 100), String(reads.filter((r) => r.query === query).reduce((a, r) => a + r.errors, 0))];
  });
  return [head, head.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
