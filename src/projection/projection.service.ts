import { evolution } from "../analysis/analysis.history.js";
import type { CoParticipantFilter, NetworkFilter, NetworkShapeFilter, ProgrammeFilter } from "../analysis/analysis.repository.js";
import type { CoParticipantValue, MembershipValue, Named, NetworkValue, NetworkYearValue } from "../analysis/analysis.model.js";
import type { RunOptions } from "../db/query-runner.js";
import type { Logger } from "../logging/logger.js";
import { filterKey } from "../network/network.cache.js";
import { actorEntitiesOf, buildProjection, stampKey, type Projection } from "./projection.model.js";
import { projectCoParticipants } from "./projection.coparticipants.js";
import { projectMembersInProgrammes } from "./projection.members.js";
import { countNetwork, evolutionRows, networkValue, type CountedNetwork } from "./projection.network.js";
import type { ProjectionRepository } from "./projection.repository.js";

export interface ProjectionSettings {
  /** The time limit of the read a projection is built from (it reads every participation). */
  loadTimeoutMs: number;
  /** Counted networks kept per projection (least recently used go first). */
  cachedNetworks: number;
}

/** How often a load is tried again when a write commits while it reads. */
const LOAD_ATTEMPTS = 3;

/**
 * The cooperation projection of the graph as it is now, refreshed by the
 * graph version: every request reads the version (one indexed lookup) and
 * gets the projection of that version, built once and shared by concurrent
 * requests. A write through coopgraph bumps the version, so the next request
 * builds a new projection and never sees stale counts; writes made to Neo4j
 * by other means are not seen until the next coopgraph write (as the change
 * feed and the metrics cache).
 */
export class ProjectionService {
  /** Builds by the stamp they were asked for (at most two: the current and the one being built). */
  private readonly loads = new Map<string, Promise<Projection>>();
  private readonly networks = new Map<string, Promise<CountedNetwork>>();
  private networksOf = "";

  constructor(
    private readonly repo: ProjectionRepository,
    private readonly logger: Logger,
    private readonly settings: ProjectionSettings,
  ) {}

  /** The key of the graph's stamp now (version and history). */
  async stampKey(opts?: RunOptions): Promise<string> {
    return stampKey(await this.repo.stamp(opts));
  }

  /** The projection of the graph version now. */
  async current(opts?: RunOptions): Promise<Projection> {
    const stamp = await this.repo.stamp(opts);
    const key = stampKey(stamp);
    let load = this.loads.get(key);
    if (!load) {
      load = this.load();
      this.loads.set(key, load);
      load.catch(() => {
        if (this.loads.get(key) === load) this.loads.delete(key);
      });
      for (const oldest of this.loads.keys()) {
        if (this.loads.size <= 2) break;
        this.loads.delete(oldest);
      }
    }
    return load;
  }

  /** The cooperation network of a checked filter, as cypher/analysis/cooperation-network.cypher defines it. */
  async network(filter: NetworkFilter, opts?: RunOptions): Promise<NetworkValue> {
    const projection = await this.current(opts);
    return networkValue(projection, await this.counted(projection, filter), filter);
  }

  /** The network year by year, as cypher/analysis/network-evolution.cypher defines it (minWeight per year). */
  async networkEvolution(filter: NetworkShapeFilter, opts?: RunOptions): Promise<NetworkYearValue[]> {
    const projection = await this.current(opts);
    return evolution(evolutionRows(await this.counted(projection, { ...filter, minWeight: 1 }), filter.minWeight));
  }

  /**
   * Co-participants of one actor, as cypher/analysis/co-participants.cypher
   * defines them, with the entities of the actors it names (partners, the
   * ties' ends) from the projection of the same version; the loader reads the
   * events shown.
   */
  async coParticipants(filter: CoParticipantFilter, opts?: RunOptions): Promise<Named<CoParticipantValue[]>> {
    const projection = await this.current(opts);
    const value = projectCoParticipants(projection, filter);
    const named = value.flatMap((c) => [c.partnerId, ...c.via.flatMap((t) => [t.organizationId, t.memberId])]);
    return { value, entities: actorEntitiesOf(projection, [filter.id, ...named]) };
  }

  /** Members in the activities of some programmes, as cypher/analysis/members-in-programmes.cypher defines them, with their entities (as above). */
  async membersInProgrammes(filter: ProgrammeFilter, opts?: RunOptions): Promise<Named<MembershipValue[]>> {
    const projection = await this.current(opts);
    const value = projectMembersInProgrammes(projection, filter);
    return { value, entities: actorEntitiesOf(projection, value.map((m) => m.memberId)) };
  }

  /** Concurrent requests for one filter share one count. */
  private counted(projection: Projection, filter: NetworkShapeFilter): Promise<CountedNetwork> {
    const of = stampKey(projection.stamp);
    if (of !== this.networksOf) {
      this.networks.clear();
      this.networksOf = of;
    }
    const key = filterKey(filter);
    let counted = this.networks.get(key);
    if (counted) this.networks.delete(key);
    else {
      const counting = countNetwork(projection, filter);
      counting.catch(() => {
        if (this.networks.get(key) === counting) this.networks.delete(key);
      });
      counted = counting;
    }
    // Reinserted last: Map keeps insertion order, so the first key is the least recently used.
    this.networks.set(key, counted);
    for (const oldest of this.networks.keys()) {
      if (this.networks.size <= this.settings.cachedNetworks) break;
      this.networks.delete(oldest);
    }
    return counted;
  }

  private async load(): Promise<Projection> {
    for (let attempt = 1; ; attempt++) {
      const startedAt = performance.now();
      const rows = await this.repo.rows({ timeoutMs: this.settings.loadTimeoutMs, metadata: { purpose: "cooperation projection" } });
      // A write committed while the rows were read: they may mix two versions. Past the last attempt the
      // projection keeps the older stamp, so a request that saw the newer version builds again.
      const settled = stampKey(rows.before) === stampKey(rows.after);
      if (!settled && attempt < LOAD_ATTEMPTS) continue;
      const projection = buildProjection(rows.before, rows.actors, rows.events, rows.ties, rows.programmes);
      this.logger.info(
        { version: rows.after.version, events: rows.events.length, participations: projection.participations, ms: Math.round(performance.now() - startedAt) },
        "cooperation projection built",
      );
      return projection;
    }
  }
}

