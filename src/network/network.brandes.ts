import type { CompactNetwork } from "./network.metrics.js";

/**
 * Brandes's betweenness from chosen sources, distances 1/weight, with path
 * lengths that differ by float rounding alone counted as equal. graphology's
 * Brandes compares them exactly, and 1/weight sums made in different orders
 * miss by a last bit (1/2 + 1/12 and 1/3 + 1/4 are both 7/12, not as floats),
 * so one of two equal shortest paths would be dropped. Unnormalised: each
 * source's dependencies, summed; the caller halves (undirected) and scales.
 */

/** Relative difference under which two path lengths are one: far above float error, far below the gap between distinct sums of 1/weight. */
const TIE = 1e-12;

export function brandesDependencies(network: CompactNetwork, sources: readonly number[]): Float64Array {
  const n = network.nodes.length;
  const { offsets, neighbours, lengths } = csr(network);
  const dist = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const settled = new Uint8Array(n);
  const order = new Int32Array(n);
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  const centrality = new Float64Array(n);
  const heap = new MinHeap();
  for (const s of sources) {
    dist.fill(Infinity);
    sigma.fill(0);
    settled.fill(0);
    for (const p of predecessors) p.length = 0;
    dist[s] = 0;
    sigma[s] = 1;
    heap.push(0, s);
    let count = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      if (settled[v]) continue;
      settled[v] = 1;
      order[count++] = v;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = neighbours[k]!;
        if (settled[w]) continue;
        const alt = dist[v]! + lengths[k]!;
        const current = dist[w]!;
        if (alt < current - TIE * alt) {
          dist[w] = alt;
          sigma[w] = sigma[v]!;
          predecessors[w]!.length = 0;
          predecessors[w]!.push(v);
          heap.push(alt, w);
        } else if (Math.abs(alt - current) <= TIE * alt) {
          sigma[w]! += sigma[v]!;
          predecessors[w]!.push(v);
        }
      }
    }
    delta.fill(0);
    for (let i = count - 1; i >= 0; i--) {
      const w = order[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== s) centrality[w]! += delta[w]!;
    }
  }
  return centrality;
}

/** Compressed adjacency: node v's neighbours are neighbours[offsets[v]..offsets[v+1]), at lengths 1/weight. */
function csr(network: CompactNetwork): { offsets: Int32Array; neighbours: Int32Array; lengths: Float64Array } {
  const n = network.nodes.length;
  const m = network.sources.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    offsets[network.sources[i]! + 1]!++;
    offsets[network.targets[i]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const next = offsets.slice(0, n);
  const neighbours = new Int32Array(2 * m);
  const lengths = new Float64Array(2 * m);
  for (let i = 0; i < m; i++) {
    const [a, b, length] = [network.sources[i]!, network.targets[i]!, 1 / network.weights[i]!];
    neighbours[next[a]!] = b;
    lengths[next[a]!++] = length;
    neighbours[next[b]!] = a;
    lengths[next[b]!++] = length;
  }
  return { offsets, neighbours, lengths };
}

/** A binary min-heap of (key, node); stale entries are skipped by the caller (a node is settled once). */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** The node of the smallest key. */
  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0]!;
    const lastKey = keys.pop()!;
    const lastNode = nodes.pop()!;
    const size = keys.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        const child = left + 1 < size && keys[left + 1]! < keys[left]! ? left + 1 : left;
        if (keys[child]! >= lastKey) break;
        keys[i] = keys[child]!;
        nodes[i] = nodes[child]!;
        i = child;
      }
      keys[i] = lastKey;
      nodes[i] = lastNode;
    }
    return top;
  }
}
