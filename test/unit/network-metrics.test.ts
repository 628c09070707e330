import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import { describe, expect, it } from "vitest";
import { computeMetrics, DEFAULT_EIGENVECTOR, DEFAULT_PAGERANK, sampledBetweenness, toGraph, type CompactNetwork, type MetricJob, type MetricResult } from "../../src/network/network.metrics.js";
import { KARATE_EDGES, KARATE_PUBLISHED } from "../fixtures/karate.js";

const betweennessCentrality = interop(betweennessModule);

/** graphology-metrics is CommonJS typed as `export default` (see network.metrics.ts). */
function interop<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}

/** A network from [a, b, weight?] triples, nodes in order of first appearance. */
function network(edges: readonly (readonly [string, string, number?])[]): CompactNetwork {
  const nodes: string[] = [];
  const index = new Map<string, number>();
  const at = (id: string) => {
    if (!index.has(id)) index.set(id, nodes.push(id) - 1);
    return index.get(id)!;
  };
  const ends = edges.map(([a, b]) => [at(a), at(b)] as const);
  return { nodes, sources: Uint32Array.from(ends, ([a]) => a), targets: Uint32Array.from(ends, ([, b]) => b), weights: Float64Array.from(edges, ([, , w]) => w ?? 1) };
}

const karate = network(KARATE_EDGES.map(([a, b]) => [String(a), String(b)] as const));

const JOBS = {
  degree: { kind: "degree" },
  strength: { kind: "strength" },
  clustering: { kind: "clustering" },
  pagerank: { kind: "pagerank", ...DEFAULT_PAGERANK },
  eigenvector: { kind: "eigenvector", ...DEFAULT_EIGENVECTOR },
  betweenness: { kind: "betweenness", exactNodes: 10_000, pivots: 100, seed: 1 },
  communities: { kind: "communities", resolution: 1, seed: 1 },
} satisfies Record<string, MetricJob>;

function one<K extends MetricResult["kind"]>(net: CompactNetwork, job: MetricJob & { kind: K }): Extract<MetricResult, { kind: K }> {
  return computeMetrics(net, [job])[0] as Extract<MetricResult, { kind: K }>;
}

/** Values by node id. */
function byId(net: CompactNetwork, values: Float64Array | null): Record<string, number> {
  if (!values) throw new Error("no values");
  return Object.fromEntries(net.nodes.map((id, i) => [id, values[i]!]));
}

describe("network metrics on Zachary's karate club (published values)", () => {
  it("betweenness (unnormalised) of nodes 1, 3, 33 and 34", () => {
    const b = byId(karate, one(karate, JOBS.betweenness).values);
    for (const [node, value] of Object.entries(KARATE_PUBLISHED.betweenness)) expect(b[node]).toBeCloseTo(value, 6);
  });

  it("PageRank with alpha 0.85 as networkx gives it", () => {
    const result = one(karate, JOBS.pagerank);
    expect(result.converged).toBe(true);
    const pr = byId(karate, result.values);
    for (const [node, value] of Object.entries(KARATE_PUBLISHED.pageRank)) expect(pr[node]).toBeCloseTo(value, 5);
  });

  it("eigenvector centrality as networkx gives it", () => {
    const ev = byId(karate, one(karate, JOBS.eigenvector).values);
    for (const [node, value] of Object.entries(KARATE_PUBLISHED.eigenvector)) expect(ev[node]).toBeCloseTo(value, 4);
  });

  it("local clustering coefficient of nodes 1 and 34", () => {
    const c = byId(karate, one(karate, JOBS.clustering).values);
    for (const [node, value] of Object.entries(KARATE_PUBLISHED.clustering)) expect(c[node]).toBeCloseTo(value, 10);
  });

  it("degree and strength: 78 edges, node 34 has 17 ties", () => {
    const degree = byId(karate, one(karate, JOBS.degree).values);
    expect(Object.values(degree).reduce((s, d) => s + d, 0)).toBe(2 * 78);
    expect(degree["34"]).toBe(17);
    expect(one(karate, JOBS.strength).values).toEqual(one(karate, JOBS.degree).values);
  });

  it("Louvain: modularity about 0.42, checked by Newman's formula on the partition; the same seed gives the same partition", () => {
    const result = one(karate, JOBS.communities);
    expect(result.modularity).toBeGreaterThanOrEqual(KARATE_PUBLISHED.modularity.min);
    expect(result.modularity).toBeLessThanOrEqual(KARATE_PUBLISHED.modularity.max + 0.005);
    expect(newmanModularity(karate, result.community)).toBeCloseTo(result.modularity, 10);
    expect(result.count).toBe(new Set(result.community).size);
    expect(one(karate, JOBS.communities).community).toEqual(result.community);
    // Numbered by size, largest first.
    const sizes = Array.from({ length: result.count }, (_, c) => result.community.filter((x) => x === c).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("sampled betweenness: all 34 pivots give the exact values; more pivots, closer", () => {
    const exact = one(karate, JOBS.betweenness).values;
    const all = sampledBetweenness(karate, 34, 7);
    all.forEach((v, i) => expect(v).toBeCloseTo(exact[i]!, 9));
    const error = (pivots: number) => {
      let sum = 0;
      for (const seed of [1, 2, 3, 4, 5]) sampledBetweenness(karate, pivots, seed).forEach((v, i) => (sum += Math.abs(v - exact[i]!)));
      return sum / 5;
    };
    const errors = [4, 12, 24, 33].map(error);
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    expect(errors[3]!).toBeLessThan(errors[0]! / 3);
  });

  it("exact betweenness equals graphology-metrics' Brandes where path lengths are whole numbers", () => {
    const theirs = betweennessCentrality(toGraph(karate), { getEdgeWeight: null, normalized: false });
    const ours = byId(karate, one(karate, JOBS.betweenness).values);
    for (const id of karate.nodes) expect(ours[id]).toBeCloseTo(theirs[id]!, 9);
  });

  it("betweenness above the exact size is sampled, says so, and is reproducible", () => {
    const job = { kind: "betweenness", exactNodes: 20, pivots: 10, seed: 3 } as const;
    const result = one(karate, job);
    expect(result).toMatchObject({ exact: false, pivots: 10, seed: 3 });
    expect(one(karate, job).values).toEqual(result.values);
    expect(one(karate, JOBS.betweenness)).toMatchObject({ exact: true, pivots: 34, seed: null });
  });

  it("an iteration that does not converge is an answer: no values, converged false, a reason", () => {
    const ev = one(karate, { kind: "eigenvector", maxIterations: 2, tolerance: 1e-12 });
    expect(ev).toEqual({ kind: "eigenvector", values: null, converged: false, reason: "the power iteration did not converge within 2 iterations" });
    expect(one(karate, { kind: "pagerank", alpha: 0.85, maxIterations: 2, tolerance: 1e-12 })).toMatchObject({ values: null, converged: false });
  });
});

/** Q = sum over communities of L_c/m - (d_c/2m)^2 (weighted), written out here as a second computation. */
function newmanModularity(net: CompactNetwork, community: Int32Array): number {
  let m = 0;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (let i = 0; i < net.sources.length; i++) {
    const [a, b, w] = [net.sources[i]!, net.targets[i]!, net.weights[i]!];
    m += w;
    degree.set(community[a]!, (degree.get(community[a]!) ?? 0) + w);
    degree.set(community[b]!, (degree.get(community[b]!) ?? 0) + w);
    if (community[a] === community[b]) inside.set(community[a]!, (inside.get(community[a]!) ?? 0) + w);
  }
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - (d / (2 * m)) ** 2;
  return q;
}

describe("network metrics on small graphs (values computed by hand)", () => {
  it("a path a-b-c-d-e: betweenness 0, 3, 4, 3, 0; no triangles", () => {
    const path = network([["a", "b"], ["b", "c"], ["c", "d"], ["d", "e"]]);
    expect(byId(path, one(path, JOBS.betweenness).values)).toEqual({ a: 0, b: 3, c: 4, d: 3, e: 0 });
    expect([...one(path, JOBS.clustering).values]).toEqual([0, 0, 0, 0, 0]);
    expect([...one(path, JOBS.degree).values]).toEqual([1, 2, 2, 2, 1]);
  });

  it("weights are distances inverted: two heavy steps (1/4 + 1/4) beat one light edge (1)", () => {
    const triangle = network([["a", "b", 4], ["b", "c", 4], ["a", "c", 1]]);
    expect(byId(triangle, one(triangle, JOBS.betweenness).values)).toEqual({ a: 0, b: 1, c: 0 });
    expect([...one(triangle, JOBS.strength).values]).toEqual([5, 8, 5]);
  });

  it("equal path lengths whose float sums differ (1/2 + 1/12 and 1/3 + 1/4) share the pair between them", () => {
    const net = network([["s", "a", 2], ["a", "t", 12], ["s", "b", 3], ["b", "t", 4]]);
    expect(1 / 2 + 1 / 12).not.toBe(1 / 3 + 1 / 4);
    // s-t: through a or b, half each; a-b: through t (1/12 + 1/4 = 1/3 < 1/2 + 1/3).
    expect(byId(net, one(net, JOBS.betweenness).values)).toEqual({ s: 0, a: 0.5, t: 1, b: 0.5 });
  });

  it("a star with five leaves: the centre is between all 10 pairs; PageRank 0.4730 and 0.1054; eigenvector 1/sqrt(2) and 1/sqrt(10)", () => {
    const star = network(["1", "2", "3", "4", "5"].map((leaf) => ["hub", leaf] as const));
    expect(byId(star, one(star, JOBS.betweenness).values)).toEqual({ hub: 10, 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });
    // c = 0.15/6 + 0.85 * 5 * l, l = 0.15/6 + 0.85 * c / 5
    const pr = byId(star, one(star, JOBS.pagerank).values);
    expect(pr.hub).toBeCloseTo(0.13125 / 0.2775, 5);
    expect(pr["1"]).toBeCloseTo(0.025 + 0.17 * (0.13125 / 0.2775), 5);
    const ev = byId(star, one(star, JOBS.eigenvector).values);
    expect(ev.hub).toBeCloseTo(Math.SQRT1_2, 4);
    expect(ev["3"]).toBeCloseTo(1 / Math.sqrt(10), 4);
    expect([...one(star, JOBS.clustering).values]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("two 4-cliques joined by one edge: the bridge ends carry 12 pairs each; two communities, modularity 12/13 - 1/2", () => {
    const clique = (p: string) => [[`${p}1`, `${p}2`], [`${p}1`, `${p}3`], [`${p}1`, `${p}4`], [`${p}2`, `${p}3`], [`${p}2`, `${p}4`], [`${p}3`, `${p}4`]] as const;
    const net = network([...clique("a"), ...clique("b"), ["a1", "b1"]]);
    const b = byId(net, one(net, JOBS.betweenness).values);
    expect(b).toEqual({ a1: 12, a2: 0, a3: 0, a4: 0, b1: 12, b2: 0, b3: 0, b4: 0 });
    const c = byId(net, one(net, JOBS.clustering).values);
    expect(c).toMatchObject({ a1: 0.5, a2: 1, b1: 0.5, b4: 1 });
    const communities = one(net, JOBS.communities);
    expect(communities.count).toBe(2);
    expect([...communities.community]).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(communities.modularity).toBeCloseTo(12 / 13 - 0.5, 10);
  });

  it("an empty network has empty answers", () => {
    const empty = network([]);
    expect(computeMetrics(empty, Object.values(JOBS)).map((r) => r.kind)).toEqual(Object.keys(JOBS));
    expect(one(empty, JOBS.communities)).toMatchObject({ count: 0, modularity: 0 });
  });
});
