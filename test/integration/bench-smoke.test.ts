import { beforeAll, describe, expect, it } from "vitest";
import { DASHBOARD_QUERIES } from "../../bench/perf/perf.dashboard.js";
import { runBench, type BenchReport } from "../../bench/perf/perf.bench.js";
import { queryMix } from "../../bench/perf/perf.mix.js";
import { openTestDatabase, resetGraph, testNeo4j } from "../support/db.js";

/**
 * `npm run bench -- --smoke` in the suite: the seed alone, one second per
 * query and server, so the benchmark keeps working. It measures nothing worth
 * reading; it checks that every server answers every query of the mix right.
 */
describe("side-by-side benchmark (smoke)", () => {
  let report: BenchReport;

  beforeAll(async () => {
    const db = await openTestDatabase();
    await resetGraph(db.runner);
    await db.close();
    const s = testNeo4j();
    report = await runBench({ neo4j: { uri: s.uri, password: s.password }, connections: 4, durationSeconds: 1, rounds: 1 });
  }, 300_000);

  const names = queryMix({ member: "m", other: "o", programmes: [] }).map((q) => q.name);

  it("measures every query of the mix on every server, without an error or a differing answer", () => {
    const servers = [...new Set(report.measurements.map((m) => m.server))].sort();
    expect(servers).toEqual(["coopgraph", "floor", "peer"]);
    for (const name of names) {
      for (const server of servers) {
        const m = report.measurements.find((x) => x.query === name && x.server === server);
        expect(m, `${name} on ${server}`).toBeDefined();
        expect(m!.requests).toBeGreaterThan(0);
        expect(m!.errors).toBe(0);
      }
    }
  });

  it("gives the floor exactly coopgraph's statements", () => {
    for (const s of report.summaries) {
      expect(s.servers.floor!.statementsPerRequest).toBe(s.servers.coopgraph!.statementsPerRequest);
      expect(s.servers.coopgraph!.statementsPerRequest).toBeGreaterThanOrEqual(1);
    }
  });

  it("reports ratios and a markdown table", () => {
    for (const s of report.summaries) {
      expect(Number.isFinite(s.ratios.floor)).toBe(true);
      expect(Number.isFinite(s.ratios.peer)).toBe(true);
    }
    for (const name of names) expect(report.markdown).toContain(`| ${name} |`);
    expect(report.subjects.member).toMatch(/^member:/);
    // The dashboard row: each everyday read as a GET, in full and revalidated (every answer a 304).
    for (const name of DASHBOARD_QUERIES) {
      for (const mode of ["full", "revalidated"]) {
        const read = report.dashboardReads.find((r) => r.query === name && r.mode === mode);
        expect(read, `${name} ${mode}`).toBeDefined();
        expect(read!.requests).toBeGreaterThan(0);
        expect(read!.errors).toBe(0);
      }
    }
  });
});
