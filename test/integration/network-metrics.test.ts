import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/server.js";
import { CooperationNetworkDocument, NetworkMetricsDocument, RankingsDocument } from "../generated/graphql.js";
import { silentLogger } from "../support/db.js";
import { execute, executeText } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/**
 * The network metrics over GraphQL on the prepared graph (seed + generated
 * data), checked against computations written here: the network rebuilt from
 * the generated files, betweenness by all-pairs shortest paths with path
 * counts, PageRank by a power iteration, modularity by Newman's formula.
 */

type Edge = { source: string; target: string; weight: number };

const AP = { region: "AP", includeSynthetic: true } as const;

describe("network metrics (on the seed and generated data)", () => {
  const graph = usePreparedGraph();
  let edges: Edge[];
  let nodes: string[];

  beforeAll(async () => {
    // The Asia/Pacific members' network, from the files: pairs of members of the region that took part in the same event.
    const regionOf = new Map<string, string>();
    const byEvent = new Map<string, Set<string>>();
    for (const r of (await graph().records()).rels) {
      if (r.type === "IN_REGION") regionOf.set(r.from, r.to);
      if (r.type === "PARTICIPATED_IN" && r.from.startsWith("member:")) byEvent.set(r.to, (byEvent.get(r.to) ?? new Set()).add(r.from));
    }
    const weights = new Map<string, number>();
    for (const members of byEvent.values()) {
      const inRegion = [...members].filter((m) => regionOf.get(m) === "region:ap").sort();
      for (let i = 0; i < inRegion.length; i++) for (let j = i + 1; j < inRegion.length; j++) weights.set(`${inRegion[i]} ${inRegion[j]}`, (weights.get(`${inRegion[i]} ${inRegion[j]}`) ?? 0) + 1);
    }
    edges = [...weights].map(([k, weight]) => ({ source: k.split(" ")[0]!, target: k.split(" ")[1]!, weight }));
    nodes = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
  });

  it("rankings by degree and strength agree with the network rebuilt from the files", async () => {
    expect(nodes.length).toBeGreaterThan(20);
    for (const [metric, weighted] of [["DEGREE", false], ["STRENGTH", true]] as const) {
      const res = await execute(graph().app, RankingsDocument, { ...AP, metric, first: 100 });
      expect(res.errors).toBeUndefined();
      const ranking = res.data!.rankings;
      expect(ranking.totalActors).toBe(nodes.length);
      expect(ranking.metrics).toMatchObject({ nodeCount: nodes.length, edgeCount: edges.length });
      const expected = new Map(nodes.map((n) => [n, 0]));
      for (const e of edges) for (const end of [e.source, e.target]) expected.set(end, expected.get(end)! + (weighted ? e.weight : 1));
      expect(ranking.actors).toHaveLength(Math.min(100, nodes.length));
      for (const a of ranking.actors) {
        expect(a.value).toBe(expected.get(a.entityId));
        expect(a.node).toEqual({ __typename: "Member", id: a.entityId });
        // Competition ranking: 1 + how many have more.
        expect(a.rank).toBe(1 + [...expected.values()].filter((v) => v > a.value).length);
      }
    }
  });

  it("betweenness (weights as distances), PageRank and clustering on the nodes agree with computations written here", async () => {
    const res = await execute(graph().app, NetworkMetricsDocument, { ...AP, maxEdges: 2000, resolution: 1 });
    expect(res.errors).toBeUndefined();
    const network = res.data!.cooperationNetwork;
    expect(network.truncated).toBe(false);
    expect(network.metrics.betweenness).toEqual({ exact: true, pivots: nodes.length, seed: null });
    expect(network.metrics.pageRank).toEqual({ converged: true, reason: null });
    expect(network.metrics.eigenvector).toEqual({ converged: true, reason: null });
    const betweenness = allPairsBetweenness(nodes, edges);
    const pageRank = powerIterationPageRank(nodes, edges);
    const clustering = clusteringOf(nodes, edges);
    expect(Math.max(...betweenness.values())).toBeGreaterThan(1);
    for (const n of network.nodes) {
      expect(n.betweenness).toBeCloseTo(betweenness.get(n.entityId)!, 6);
      expect(n.pageRank).toBeCloseTo(pageRank.get(n.entityId)!, 5);
      expect(n.clustering).toBeCloseTo(clustering.get(n.entityId)!, 10);
    }
    const top = await execute(graph().app, RankingsDocument, { ...AP, metric: "BETWEENNESS", first: 5 });
    const expectedTop = [...betweenness].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
    expect(top.data!.rankings.actors.map((a) => a.entityId)).toEqual(expectedTop.map(([id]) => id));
  });

  it("communities: the same partition on repeated requests, its modularity recomputed from the partition and the edges", async () => {
    const first = await execute(graph().app, NetworkMetricsDocument, { ...AP, maxEdges: 2000, resolution: 1 });
    const again = await execute(graph().app, NetworkMetricsDocument, { ...AP, maxEdges: 2000, resolution: 1 });
    const partition = new Map(first.data!.cooperationNetwork.nodes.map((n) => [n.entityId, n.community!]));
    expect(new Map(again.data!.cooperationNetwork.nodes.map((n) => [n.entityId, n.community!]))).toEqual(partition);
    const facts = first.data!.cooperationNetwork.metrics.communities;
    expect(facts.count).toBe(new Set(partition.values()).size);
    expect(facts.count).toBeGreaterThan(1);
    expect(facts.modularity).toBeCloseTo(newmanModularity(edges, partition), 10);
    // A higher resolution splits more.
    const finer = await execute(graph().app, NetworkMetricsDocument, { ...AP, maxEdges: 2000, resolution: 3 });
    expect(finer.data!.cooperationNetwork.metrics.communities.count).toBeGreaterThan(facts.count);
  });

  it("a plain network request computes nothing; a metric is computed once, then read from the cache", async () => {
    const events = watch();
    try {
      await execute(graph().app, CooperationNetworkDocument, { ...AP, programme: "PGS" });
      expect(events.length).toBe(0);
      const ask = () => execute(graph().app, RankingsDocument, { ...AP, programme: "PGS", metric: "CLUSTERING" });
      const res = await ask();
      expect(res.errors).toBeUndefined();
      // The ranking's metric, then the two facts its metrics field asks for, gathered into one computation.
      const computed = ["start clustering", "end clustering", "start betweenness,eigenvector", "end betweenness,eigenvector"];
      expect(events.map((e) => `${e.phase} ${e.jobs.join()}`)).toEqual(computed);
      expect((await ask()).data).toEqual(res.data);
      expect(events.map((e) => `${e.phase} ${e.jobs.join()}`)).toEqual(computed);
    } finally {
      events.stop();
    }
  });

  it("on the seed: the WCO, INTERPOL and US CBP are the brokers, as docs/querying.md says", async () => {
    const res = await execute(graph().app, RankingsDocument, { metric: "BETWEENNESS", includeOrganizations: true, first: 3 });
    expect(res.errors).toBeUndefined();
    const ranking = res.data!.rankings;
    expect(ranking.actors.map((a) => [a.rank, a.entityId, Math.round(a.value * 10) / 10])).toEqual([
      [1, "organization:wco", 1043.2],
      [2, "organization:interpol", 389.5],
      [3, "organization:us-cbp", 204],
    ]);
    expect(ranking.metrics).toMatchObject({ nodeCount: 58, edgeCount: 234, betweenness: { exact: true, pivots: 58, seed: null } });
  });

  it("equal values share a rank: on the seed's Asia/Pacific clique every PageRank is 1/10", async () => {
    const res = await execute(graph().app, RankingsDocument, { metric: "PAGE_RANK", region: "AP", first: 10 });
    expect(res.data!.rankings.actors).toHaveLength(10);
    for (const a of res.data!.rankings.actors) {
      expect(a.rank).toBe(1);
      expect(a.value).toBeCloseTo(0.1, 12);
    }
  });

  it("an unknown metric fails GraphQL validation; a bad resolution is BAD_USER_INPUT", async () => {
    const res = await executeText(graph().app, "{ rankings(metric: CENTRALITY) { metric } }");
    expect(res.errors?.[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors?.[0]?.message).toMatch(/NetworkMetric/);
    const bad = await execute(graph().app, NetworkMetricsDocument, { ...AP, resolution: 0 });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: "resolution must be above 0 and at most 100; got 0" });
  });

  describe("with small limits", () => {
    let small: App;
    beforeAll(async () => {
      // The Asia/Pacific network just fits (the limit is its edge count); the whole network does not.
      small = await buildApp({ db: graph().db, logger: silentLogger, limits: { betweennessExactNodes: 10, betweennessPivots: 8, metricsMaxEdges: edges.length } });
    });
    afterAll(() => small?.close());

    it("betweenness above the exact size is sampled, says so, and repeats", async () => {
      const ask = () => execute(small, RankingsDocument, { ...AP, metric: "BETWEENNESS", first: 10 });
      const res = await ask();
      expect(res.errors).toBeUndefined();
      expect(res.data!.rankings.metrics.betweenness).toEqual({ exact: false, pivots: 8, seed: 1 });
      expect((await ask()).data).toEqual(res.data);
    });

    it("a network over the metrics limit is BAD_USER_INPUT naming the limit, with no partial answer", async () => {
      const res = await execute(small, RankingsDocument, { includeSynthetic: true, includeOrganizations: true, metric: "PAGE_RANK" });
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "metricsMaxEdges", maximum: edges.length });
      expect(res.errors?.[0]?.message).toContain(`over the network metrics limit of ${edges.length} (COOPGRAPH_METRICS_MAX_EDGES)`);
    });
  });

  it("the computation runs off the event loop: a cheap query sent once it starts answers before it ends", async () => {
    const order: string[] = [];
    let cheap: Promise<unknown> | undefined;
    const events = watch((e) => {
      if (e.phase === "start" && !cheap) cheap = executeText(graph().app, "{ __typename }").then(() => order.push("cheap"));
      if (e.phase === "end") order.push("computation ended");
    });
    try {
      // The whole graph's network, organizations included, every metric at once: the largest computation the prepared graph offers.
      const big = await execute(graph().app, NetworkMetricsDocument, { includeSynthetic: true, includeOrganizations: true, maxEdges: 1, resolution: 1 });
      expect(big.errors).toBeUndefined();
      await cheap;
      expect(big.data!.cooperationNetwork.metrics.edgeCount).toBeGreaterThan(edges.length);
      expect(order).toEqual(["cheap", "computation ended"]);
    } finally {
      events.stop();
    }
  });
});

interface MetricsEvent {
  phase: "start" | "end";
  jobs: string[];
}

/** The worker's start and end events (network.thread.ts), collected. */
function watch(on?: (e: MetricsEvent) => void): MetricsEvent[] & { stop(): void } {
  const events: MetricsEvent[] = [];
  const listener = (message: unknown) => {
    events.push(message as MetricsEvent);
    on?.(message as MetricsEvent);
  };
  subscribe("coopgraph:network-metrics", listener);
  return Object.assign(events, { stop: () => void unsubscribe("coopgraph:network-metrics", listener) });
}

/**
 * Betweenness by Floyd–Warshall with path counts (no graphology): distances
 * 1/weight, a pair's shortest paths through v are those with d(s,v) + d(v,t)
 * = d(s,t), each pair counted once.
 */
function allPairsBetweenness(nodes: string[], edges: Edge[]): Map<string, number> {
  const n = nodes.length;
  const at = new Map(nodes.map((id, i) => [id, i]));
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  const c = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  for (const e of edges) {
    const [i, j] = [at.get(e.source)!, at.get(e.target)!];
    d[i]![j] = d[j]![i] = 1 / e.weight;
    c[i]![j] = c[j]![i] = 1;
  }
  const eps = 1e-9;
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j || i === k || j === k) continue;
        const through = d[i]![k]! + d[k]![j]!;
        if (through < d[i]![j]! - eps) {
          d[i]![j] = through;
          c[i]![j] = c[i]![k]! * c[k]![j]!;
        } else if (Math.abs(through - d[i]![j]!) <= eps) {
          c[i]![j]! += c[i]![k]! * c[k]![j]!;
        }
      }
    }
  }
  const out = new Map(nodes.map((id) => [id, 0]));
  for (let v = 0; v < n; v++) {
    let sum = 0;
    for (let s = 0; s < n; s++) {
      for (let t = s + 1; t < n; t++) {
        if (s === v || t === v || d[s]![t] === Infinity) continue;
        if (Math.abs(d[s]![v]! + d[v]![t]! - d[s]![t]!) <= eps) sum += (c[s]![v]! * c[v]![t]!) / c[s]![t]!;
      }
    }
    out.set(nodes[v]!, sum);
  }
  return out;
}

/** Weighted PageRank, damping 0.85, by power iteration to 1e-12 (every node has an edge: no dangling mass). */
function powerIterationPageRank(nodes: string[], edges: Edge[]): Map<string, number> {
  const strength = new Map(nodes.map((id) => [id, 0]));
  for (const e of edges) {
    strength.set(e.source, strength.get(e.source)! + e.weight);
    strength.set(e.target, strength.get(e.target)! + e.weight);
  }
  let pr = new Map(nodes.map((id) => [id, 1 / nodes.length]));
  for (let round = 0; round < 1000; round++) {
    const next = new Map(nodes.map((id) => [id, 0.15 / nodes.length]));
    for (const e of edges) {
      next.set(e.target, next.get(e.target)! + (0.85 * pr.get(e.source)! * e.weight) / strength.get(e.source)!);
      next.set(e.source, next.get(e.source)! + (0.85 * pr.get(e.target)! * e.weight) / strength.get(e.target)!);
    }
    const change = nodes.reduce((s, id) => s + Math.abs(next.get(id)! - pr.get(id)!), 0);
    pr = next;
    if (change < 1e-12) break;
  }
  return pr;
}

function clusteringOf(nodes: string[], edges: Edge[]): Map<string, number> {
  const adj = new Map(nodes.map((id) => [id, new Set<string>()]));
  for (const e of edges) {
    adj.get(e.source)!.add(e.target);
    adj.get(e.target)!.add(e.source);
  }
  return new Map(
    nodes.map((id) => {
      const ns = [...adj.get(id)!];
      let links = 0;
      for (let i = 0; i < ns.length; i++) for (let j = i + 1; j < ns.length; j++) if (adj.get(ns[i]!)!.has(ns[j]!)) links++;
      return [id, ns.length < 2 ? 0 : (2 * links) / (ns.length * (ns.length - 1))];
    }),
  );
}

function newmanModularity(edges: Edge[], partition: Map<string, number>): number {
  const m = edges.reduce((s, e) => s + e.weight, 0);
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (const e of edges) {
    const [a, b] = [partition.get(e.source)!, partition.get(e.target)!];
    degree.set(a, (degree.get(a) ?? 0) + e.weight);
    degree.set(b, (degree.get(b) ?? 0) + e.weight);
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + e.weight);
  }
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - (d / (2 * m)) ** 2;
  return q;
}
