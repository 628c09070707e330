import { describe, expect, it } from "vitest";
import { computeMetrics, type CompactNetwork, type MetricJob } from "../../src/network/network.metrics.js";
import { MetricsThread } from "../../src/network/network.thread.js";
import { KARATE_EDGES } from "../fixtures/karate.js";

const karate: CompactNetwork = {
  nodes: Array.from({ length: 34 }, (_, i) => String(i + 1)),
  sources: Uint32Array.from(KARATE_EDGES, ([a]) => a - 1),
  targets: Uint32Array.from(KARATE_EDGES, ([, b]) => b - 1),
  weights: new Float64Array(KARATE_EDGES.length).fill(1),
};

const jobs: MetricJob[] = [
  { kind: "betweenness", exactNodes: 10, pivots: 5, seed: 2 },
  { kind: "communities", resolution: 1, seed: 1 },
  { kind: "clustering" },
];

// Starting a worker from source loads tsx and graphology in it: seconds on a busy machine.
describe("the metrics worker thread", { timeout: 60_000 }, () => {
  it("answers what the same functions answer on this thread, for jobs queued together", async () => {
    const thread = new MetricsThread(60_000);
    try {
      const [a, b] = await Promise.all([thread.run(karate, jobs), thread.run(karate, [{ kind: "degree" }])]);
      expect(a).toEqual(computeMetrics(karate, jobs));
      expect(b).toEqual(computeMetrics(karate, [{ kind: "degree" }]));
    } finally {
      await thread.close();
    }
  });

  it("after close, waiting and new computations fail instead of hanging", async () => {
    const thread = new MetricsThread(60_000);
    const pending = expect(thread.run(karate, jobs)).rejects.toThrow("the network metrics worker is shut down");
    await thread.close();
    await pending;
    await expect(thread.run(karate, jobs)).rejects.toThrow("the network metrics worker is shut down");
  });

  it("a computation past the time limit is stopped with QUERY_TIMEOUT, and the next one gets a new worker", async () => {
    const thread = new MetricsThread(1);
    try {
      await expect(thread.run(karate, jobs)).rejects.toMatchObject({ extensions: { code: "QUERY_TIMEOUT" } });
    } finally {
      await thread.close();
    }
  });
});
