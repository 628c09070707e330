import { ActivityRepository } from "./activity/activity.repository.js";
import { ActivityService } from "./activity/activity.service.js";
import { AnalysisRepository } from "./analysis/analysis.repository.js";
import { AnalysisService } from "./analysis/analysis.service.js";
import { ChangesRepository } from "./changes/changes.repository.js";
import { ChangesService } from "./changes/changes.service.js";
import { DEFAULT_CHANGE_RETENTION, type Limits } from "./config/config.js";
import type { Database } from "./db/database.js";
import { EditorService } from "./editor/editor.service.js";
import { ExportService } from "./export/export.service.js";
import { createEntityLoader } from "./entity/entity.loaders.js";
import { EntityRepository } from "./entity/entity.repository.js";
import type { LoaderFactory } from "./graphql/context.js";
import { ImportService } from "./import/import.service.js";
import { ListRepository } from "./list/list.repository.js";
import { ListServices } from "./list/list.service.js";
import type { Logger } from "./logging/logger.js";
import { MetaRepository } from "./meta/meta.repository.js";
import { MetaService } from "./meta/meta.service.js";
import { CACHED_NETWORKS } from "./network/network.cache.js";
import { NetworkService } from "./network/network.service.js";
import { ProjectionRepository } from "./projection/projection.repository.js";
import { ProjectionService } from "./projection/projection.service.js";
import { TopologyRepository } from "./topology/topology.repository.js";
import { TopologyService } from "./topology/topology.service.js";
import { RelationLoaders } from "./relations/relation.loaders.js";
import { RelationRepository } from "./relations/relation.repository.js";
import { ResearcherRepository } from "./researcher/researcher.repository.js";
import { ResearcherService } from "./researcher/researcher.service.js";
import { SERVICE_NAME, SERVICE_VERSION } from "./version.js";

/** The application's services, built once per app from one database handle. */
export interface Services {
  meta: MetaService;
  analysis: AnalysisService;
  /** Every top-level list (members, events, programmes...). */
  lists: ListServices;
  editor: EditorService;
  /** The graph version and the change feed. */
  changes: ChangesService;
  researcher: ResearcherService;
  /** activity(): aggregations for dashboards. */
  activity: ActivityService;
  /** Downloads of networks, neighbourhoods, paths and ego networks (GET /export/...). */
  exports: ExportService;
  /** Network metrics and rankings (a worker thread: close() stops it). */
  network: NetworkService;
  /** The in-memory cooperation projection that networks are counted on; undefined with COOPGRAPH_PROJECTION=off. */
  projection: ProjectionService | undefined;
  /** The in-memory topology that paths and neighbourhoods walk; undefined with COOPGRAPH_PROJECTION=off. */
  topology: TopologyService | undefined;
  /** Builds the DataLoaders of one request. */
  loaders: LoaderFactory;
}

export function createServices(db: Database, limits: Limits, logger: Logger, changeRetention = DEFAULT_CHANGE_RETENTION): Services {
  const entities = new EntityRepository(db.runner);
  const relations = new RelationRepository(db.runner);
  const analysisRepository = new AnalysisRepository(db.runner);
  const projectionRepository = new ProjectionRepository(db.runner);
  const projection =
    limits.projection === "on"
      ? new ProjectionService(projectionRepository, logger, { loadTimeoutMs: limits.projectionLoadTimeoutMs, cachedNetworks: CACHED_NETWORKS })
      : undefined;
  const topology =
    limits.projection === "on"
      ? new TopologyService(new TopologyRepository(db.runner), (opts) => projectionRepository.stamp(opts), logger, { loadTimeoutMs: limits.projectionLoadTimeoutMs })
      : undefined;
  const analysis = new AnalysisService(analysisRepository, projection, topology);
  const changes = new ChangesService(new ChangesRepository(db.runner));
  return {
    meta: new MetaService(new MetaRepository(db.runner), { service: SERVICE_NAME, version: SERVICE_VERSION, database: db.name }),
    analysis,
    projection,
    topology,
    lists: new ListServices(new ListRepository(db.runner), { checkProgrammeCodes: (codes, opts) => analysis.checkCodes(codes, opts) }),
    editor: new EditorService(new ImportService(db.runner, logger, changeRetention), { upsertRecords: limits.upsertRecords, timeoutMs: db.runner.defaultTimeoutMs }),
    changes,
    researcher: new ResearcherService(new ResearcherRepository(db.runner), { timeoutMs: limits.cypherTimeoutMs, maxRows: limits.cypherMaxRows }),
    activity: new ActivityService(new ActivityRepository(db.runner)),
    exports: new ExportService(analysis, limits.exportMaxEdges),
    network: new NetworkService(analysis, projection ? (opts) => projection.stampKey(opts) : (opts) => changes.version(opts).then(String), {
      maxEdges: limits.metricsMaxEdges,
      betweennessExactNodes: limits.betweennessExactNodes,
      betweennessPivots: limits.betweennessPivots,
      timeoutMs: limits.metricsTimeoutMs,
    }),
    loaders: (runOptions) => ({ entity: createEntityLoader(entities, runOptions), relations: new RelationLoaders(relations, runOptions, limits.relationChains === "on") }),
  };
}
