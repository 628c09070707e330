import { AnalysisRepository } from "./analysis/analysis.repository.js";
import { AnalysisService } from "./analysis/analysis.service.js";
import type { Limits } from "./config/config.js";
import type { Database } from "./db/database.js";
import { EditorService } from "./editor/editor.service.js";
import { ImportService } from "./import/import.service.js";
import type { Logger } from "./logging/logger.js";
import { ResearcherService } from "./researcher/researcher.service.js";
import { ResearcherRepository } from "./researcher/researcher.repository.js";
import type { QueryRunner } from "./db/query-runner.js";
import { createEntityLoader } from "./entity/entity.loaders.js";
import { EntityRepository } from "./entity/entity.repository.js";
import type { LoaderFactory } from "./graphql/context.js";
import { EntityLister } from "./entity/entity.list.js";
import { EventQueries } from "./event/event.queries.js";
import { EventService } from "./event/event.service.js";
import { memberLister } from "./member/member.repository.js";
import { MemberService } from "./member/member.service.js";
import { MetaRepository } from "./meta/meta.repository.js";
import { MetaService } from "./meta/meta.service.js";
import { RelationLoaders } from "./relations/relation.loaders.js";
import { RelationRepository } from "./relations/relation.repository.js";
import { SERVICE_NAME, SERVICE_VERSION } from "./version.js";

/** The application's services, built once per app from one database handle. */
export interface Services {
  meta: MetaService;
  analysis: AnalysisService;
  members: MemberService;
  events: EventService;
  /** The query runner, for the list resolvers built by a factory. */
  runner: QueryRunner;
  editor: EditorService;
  researcher: ResearcherService;
  /** Builds the DataLoaders of one request. */
  loaders: LoaderFactory;
}

export function createServices(db: Database, limits: Limits, logger: Logger): Services {
  const entities = new EntityRepository(db.runner);
  const relations = new RelationRepository(db.runner);
  const analysis = new AnalysisService(new AnalysisRepository(db.runner));
  return {
    meta: new MetaService(new MetaRepository(db.runner), { service: SERVICE_NAME, version: SERVICE_VERSION, database: db.name }),
    analysis,
    runner: db.runner,
    members: new MemberService(memberLister(db.runner)),
    events: new EventService(new EntityLister(db.runner, EventQueries, "events"), (codes, opts) => analysis.checkCodes(codes, opts)),
    editor: new EditorService(new ImportService(db.runner, logger), { upsertRecords: limits.upsertRecords, timeoutMs: db.runner.defaultTimeoutMs }),
    researcher: new ResearcherService(new ResearcherRepository(db.runner), { timeoutMs: limits.cypherTimeoutMs, maxRows: limits.cypherMaxRows }),
    loaders: (runOptions) => ({ entity: createEntityLoader(entities, runOptions), relations: new RelationLoaders(relations, runOptions) }),
  };
}
