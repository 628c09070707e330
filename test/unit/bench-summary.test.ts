import { describe, expect, it } from "vitest";
import type { BenchQuery } from "../../bench/perf/perf.mix.js";
import { markdownTable, summarize, type Measurement } from "../../bench/perf/perf.run.js";

const query: BenchQuery = { name: "co-participants top-N", kind: "relationship", query: "", variables: {}, peer: { query: "", variables: {} } };
const measured = (server: string, round: number, requestsPerSecond: number, errors = 0): Measurement => ({
  query: query.name,
  kind: query.kind,
  server,
  round,
  requestsPerSecond,
  p50Ms: requestsPerSecond > 0 ? 1000 / requestsPerSecond : 0,
  p99Ms: 0,
  requests: requestsPerSecond * 5,
  errors,
  statementsPerRequest: 1,
});

describe("the benchmark's summary", () => {
  it("keeps a slow server's throughput to a tenth, so its ratio is a number, and says when a server answered nothing", () => {
    const [summary] = summarize([measured("coopgraph", 1, 856), measured("coopgraph", 2, 900), measured("peer", 1, 0.2), measured("peer", 2, 0.4), measured("floor", 1, 0, 1), measured("floor", 2, 0, 1)], [query]);
    expect(summary!.servers.coopgraph!.requestsPerSecond).toBe(878);
    expect(summary!.servers.peer!.requestsPerSecond).toBe(0.3);
    // 878 / 0.3, to two decimals: the median of rounds, not of rounded rounds.
    expect(summary!.ratios.peer).toBe(2926.67);
    expect(summary!.ratios.floor).toBeNull();
    const table = markdownTable([summary!]);
    expect(table).toContain("| 2926.67 | floor: no answer |");
    expect(table).not.toContain("Infinity");
  });
});
