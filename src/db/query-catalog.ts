import { ActivityQueries } from "../activity/activity.queries.js";
import { AnalysisQueries } from "../analysis/analysis.queries.js";
import { ChangeQueries } from "../changes/changes.queries.js";
import { EntityQueries } from "../entity/entity.queries.js";
import { ImportQueries } from "../import/import.queries.js";
import { MetaQueries } from "../meta/meta.queries.js";
import { ProjectionQueries } from "../projection/projection.queries.js";
import { TopologyQueries } from "../topology/topology.queries.js";
import { RelationQueries } from "../relations/relation.queries.js";
import { ListQueries } from "../list/list.queries.js";
import { AdminQueries } from "./admin.queries.js";
import { registeredQueries, type CypherQuery } from "./cypher.registry.js";
import { migrations } from "./migrations.apply.js";
import { schemaStatements } from "./schema.apply.js";

/**
 * Every query module of the application. Importing this registers all of them,
 * so the test that EXPLAINs each file, and the one that finds unregistered
 * files, see the whole set. A new feature adds its *.queries.ts here.
 */
export const QUERY_MODULES = {
  ActivityQueries,
  AdminQueries,
  AnalysisQueries,
  ChangeQueries,
  EntityQueries,
  ImportQueries,
  ListQueries,
  MetaQueries,
  ProjectionQueries,
  TopologyQueries,
  RelationQueries,
} as const;

export function allQueries(): CypherQuery[] {
  schemaStatements();
  migrations();
  void QUERY_MODULES;
  return registeredQueries();
}
