import { AnalysisQueries } from "../analysis/analysis.queries.js";
import { EntityQueries } from "../entity/entity.queries.js";
import { EventQueries } from "../event/event.queries.js";
import { ImportQueries } from "../import/import.queries.js";
import { MemberQueries } from "../member/member.queries.js";
import { MetaQueries } from "../meta/meta.queries.js";
import { OrganizationQueries } from "../organization/organization.queries.js";
import { PersonQueries } from "../person/person.queries.js";
import { ProgrammeQueries } from "../programme/programme.queries.js";
import { RegionQueries } from "../region/region.queries.js";
import { ResolutionQueries } from "../resolution/resolution.queries.js";
import { SourceQueries } from "../source/source.queries.js";
import { RelationQueries } from "../relations/relation.queries.js";
import { AdminQueries } from "./admin.queries.js";
import { registeredQueries, type CypherQuery } from "./cypher.registry.js";
import { schemaStatements } from "./schema.apply.js";

/**
 * Every query module of the application. Importing this registers all of them,
 * so the test that EXPLAINs each file, and the one that finds unregistered
 * files, see the whole set. A new feature adds its *.queries.ts here.
 */
export const QUERY_MODULES = {
  AdminQueries,
  AnalysisQueries,
  EntityQueries,
  EventQueries,
  ImportQueries,
  MemberQueries,
  MetaQueries,
  OrganizationQueries,
  PersonQueries,
  ProgrammeQueries,
  RegionQueries,
  RelationQueries,
  ResolutionQueries,
  SourceQueries,
} as const;

export function allQueries(): CypherQuery[] {
  schemaStatements();
  void QUERY_MODULES;
  return registeredQueries();
}
