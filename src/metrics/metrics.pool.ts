import type { Driver } from "neo4j-driver";

interface AddressPool {
  _elements?: unknown[];
  _elementsInUse?: Set<unknown>;
}

/**
 * Connections of the driver's pool. neo4j-driver 6 has no public API for
 * this, so it is read from the pool's internals, defensively: undefined when
 * they are not shaped as expected (a driver upgrade), never an exception.
 * test/integration/metrics.test.ts notices when that happens.
 */
export function poolConnections(driver: Driver): { inUse: number; idle: number } | undefined {
  const provider = (driver as unknown as { _connectionProvider?: { _connectionPool?: { _pools?: Record<string, AddressPool> } } })._connectionProvider;
  const pools = provider?._connectionPool?._pools;
  if (!pools || typeof pools !== "object") return undefined;
  let inUse = 0;
  let idle = 0;
  for (const pool of Object.values(pools)) {
    if (!Array.isArray(pool._elements) || !(pool._elementsInUse instanceof Set)) return undefined;
    idle += pool._elements.length;
    inUse += pool._elementsInUse.size;
  }
  return { inUse, idle };
}
