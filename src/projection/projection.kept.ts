import type { Projection } from "./projection.model.js";

/**
 * Tables derived from a projection, kept with it by key and made on first use.
 * A projection is one graph version, so what is kept never goes stale, and it
 * is dropped with the projection.
 */
export class KeptWithProjection<K, T> {
  private readonly kept = new WeakMap<Projection, Map<K, T>>();

  get(projection: Projection, key: K, make: () => T): T {
    let byKey = this.kept.get(projection);
    if (!byKey) this.kept.set(projection, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, make());
    return byKey.get(key) as T;
  }
}
