import { inStepOrder, toStep, type NeighbourhoodFilter, type PathFilter } from "../analysis/analysis.repository.js";
import type { Named, NeighbourhoodValue, PathStepValue, PathValue } from "../analysis/analysis.model.js";
import type { RunOptions } from "../db/query-runner.js";
import type { EntityValue } from "../entity/entity.model.js";
import type { Logger } from "../logging/logger.js";
import { stampKey, type Stamp } from "../projection/projection.model.js";
import { buildTopology, type Topology } from "./topology.model.js";
import type { TopologyRepository } from "./topology.repository.js";
import { shortestChain, surroundings, type Pair } from "./topology.walk.js";

export interface TopologySettings {
  /** The time limit of the read a topology is built from (it reads every relationship). */
  loadTimeoutMs: number;
}

/** How often a load is tried again when a write commits while it reads. */
const LOAD_ATTEMPTS = 3;
/** After a failed build, how long requests use the statements before one tries again. */
const RETRY_AFTER_MS = 60_000;

/**
 * The topology projection of the graph as it is now, refreshed by the graph
 * version like the cooperation projection (src/projection), whose statements
 * stay the definition. A path waits for the build of the current version; a
 * neighbourhood, which the statement gives identically, does not: until the
 * build is done the statement answers it (undefined here).
 */
export class TopologyService {
  private built: { key: string; topology: Topology } | undefined;
  private building: { key: string; done: Promise<Topology> } | undefined;
  private failedAt = -Infinity;

  constructor(
    private readonly repo: TopologyRepository,
    private readonly stamp: (opts?: RunOptions) => Promise<Stamp>,
    private readonly logger: Logger,
    private readonly settings: TopologySettings,
  ) {}

  /** The topology of the graph version now, built if need be (start-up and tests wait for it). */
  async current(opts?: RunOptions): Promise<Topology> {
    const key = stampKey(await this.stamp(opts));
    return this.built?.key === key ? this.built.topology : this.build(key);
  }

  /**
   * The shortest path on the topology, waiting for its build: several paths are
   * often shortest, and the statement may pick another one, so answers for one
   * graph version all come from one place (a download agrees with the query
   * before it). Undefined only when a relationship is gone since the build.
   */
  async shortestPath(filter: PathFilter, opts?: RunOptions): Promise<Named<PathValue> | null | undefined> {
    // First on the topology built last, checked by the stamp read with the steps: one statement when the graph has not changed.
    const last = this.built;
    if (last) {
      const walked = await this.pathOn(last.topology, filter, opts);
      if (walked.stamp === last.key) return walked.value;
    }
    return (await this.pathOn(await this.current(opts), filter, opts)).value;
  }

  /** The neighbourhood on the topology; null for an unknown id, undefined while it is being built. */
  async neighbourhood(filter: NeighbourhoodFilter, opts?: RunOptions): Promise<Named<NeighbourhoodValue> | null | undefined> {
    const last = this.built;
    if (last) {
      const walked = await this.neighbourhoodOn(last.topology, filter, opts);
      if (walked.stamp === last.key) return walked.value;
    }
    const topology = await this.ready(opts);
    return topology ? (await this.neighbourhoodOn(topology, filter, opts)).value : undefined;
  }

  private async pathOn(topology: Topology, filter: PathFilter, opts?: RunOptions): Promise<Walked<PathValue>> {
    const chain = shortestChain(topology, filter.from, filter.to, filter.maxHops, filter);
    // No path to show, nothing to read: the stamp alone tells whether "none" is still true.
    if (!chain) return { stamp: stampKey(await this.stamp(opts)), value: null };
    const { found, entities, stamp } = await this.read(chain.pairs, chain.nodeIds, filter.includeSynthetic, opts);
    // A relationship gone since the build (written around coopgraph): the statement answers.
    const steps = chain.pairs.map((p) => found.get(pairKey(p))?.[0]);
    if (steps.some((s) => s === undefined)) return { stamp, value: undefined };
    return { stamp, value: { value: { nodeIds: chain.nodeIds, steps: steps as PathStepValue[], length: steps.length }, entities } };
  }

  private async neighbourhoodOn(topology: Topology, filter: NeighbourhoodFilter, opts?: RunOptions): Promise<Walked<NeighbourhoodValue>> {
    const around = surroundings(topology, filter.id, filter.depth, filter.limit, filter);
    if (!around) return { stamp: stampKey(await this.stamp(opts)), value: null };
    const { found, entities, stamp } = await this.read(around.pairs, around.levels.flat(), filter.includeSynthetic, opts);
    const nodes = around.levels.flatMap((ids, level) => ids.map((id) => ({ id, level })));
    return { stamp, value: { value: { nodes, relationships: inStepOrder([...found.values()].flat()) }, entities } };
  }

  /** The topology of the version now if it is built; otherwise undefined, and a build starts. */
  private async ready(opts?: RunOptions): Promise<Topology | undefined> {
    const key = stampKey(await this.stamp(opts));
    if (this.built?.key === key) return this.built.topology;
    if (this.building?.key !== key && performance.now() - this.failedAt > RETRY_AFTER_MS) {
      this.build(key).catch((err: unknown) => this.logger.warn({ err }, "building the topology projection failed; paths and neighbourhoods use their statements"));
    }
    return undefined;
  }

  private build(key: string): Promise<Topology> {
    if (this.building?.key === key) return this.building.done;
    const done = this.load().then(
      (topology) => {
        const builtKey = stampKey(topology.stamp);
        if (!this.built || builtKey === key) this.built = { key: builtKey, topology };
        return topology;
      },
      (err: unknown) => {
        this.failedAt = performance.now();
        throw err;
      },
    );
    this.building = { key, done };
    void done.then(
      () => this.building?.done === done && (this.building = undefined),
      () => this.building?.done === done && (this.building = undefined),
    );
    return done;
  }

  private async load(): Promise<Topology> {
    for (let attempt = 1; ; attempt++) {
      const startedAt = performance.now();
      const rows = await this.repo.rows({ timeoutMs: this.settings.loadTimeoutMs, metadata: { purpose: "topology projection" } });
      // A write committed while the rows were read: past the last attempt the topology keeps the older stamp, so a request that saw the newer one builds again.
      if (stampKey(rows.before) !== stampKey(rows.after) && attempt < LOAD_ATTEMPTS) continue;
      const topology = await buildTopology(rows.before, rows.rows);
      this.logger.info({ version: rows.after.version, entities: topology.ids.length, relationships: topology.relationships, ms: Math.round(performance.now() - startedAt) }, "topology projection built");
      return topology;
    }
  }

  /** The relationships of the pairs with their provenance, by pair, in key order; the entities shown; the stamp's key now. */
  private async read(pairs: Pair[], ids: string[], includeSynthetic: boolean, opts?: RunOptions): Promise<{ found: Map<string, PathStepValue[]>; entities: EntityValue[]; stamp: string }> {
    const found = new Map<string, PathStepValue[]>();
    const { steps, entities, stamp } = await this.repo.steps(pairs, ids, includeSynthetic, opts);
    for (const row of steps) {
      const key = pairKey(row);
      const steps = found.get(key);
      if (steps) steps.push(toStep(row));
      else found.set(key, [toStep(row)]);
    }
    return { found, entities, stamp: stampKey(stamp) };
  }
}

/** An answer walked on one topology, and the stamp read with it (the topology's own when the graph has not changed). */
interface Walked<T> {
  stamp: string;
  value: Named<T> | null | undefined;
}

function pairKey(p: Pair): string {
  return `${p.from}\u0001${p.to}\u0001${p.type}`;
}
