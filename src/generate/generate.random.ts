import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A seeded random source: the same seed gives the same sequence, on every machine. */
export class Random {
  private readonly rng;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  /** A number in [0, 1). */
  float(): number {
    return uniformInt(this.rng, 0, 0x7fffffff) / 0x80000000;
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/**
 * Picks items with probability proportional to their weight, in O(log n),
 * from a cumulative table built once.
 */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weight: (item: T, index: number) => number,
  ) {
    let sum = 0;
    items.forEach((item, i) => {
      sum += Math.max(0, weight(item, i));
      this.cumulative.push(sum);
    });
    if (items.length === 0 || sum <= 0) throw new Error("weighted pick needs at least one item with a positive weight");
    this.total = sum;
  }

  pick(random: Random): T {
    const x = random.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }

  /** Up to n distinct items (fewer if there are not that many). */
  pickDistinct(random: Random, n: number, exclude: ReadonlySet<T> = new Set()): T[] {
    const chosen = new Set<T>();
    const want = Math.min(n, this.items.length - exclude.size);
    for (let tries = 0; chosen.size < want && tries < want * 20; tries++) {
      const item = this.pick(random);
      if (!exclude.has(item)) chosen.add(item);
    }
    return [...chosen];
  }
}

/** Zipf-like weights: rank 0 is the most active; a few dominate, most take part now and then. */
export function zipf(rank: number, exponent = 0.9): number {
  return 1 / Math.pow(rank + 1, exponent);
}
