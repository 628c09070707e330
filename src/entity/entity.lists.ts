import "reflect-metadata";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import type { CypherQuery } from "../db/cypher.registry.js";
import type { GraphQLContext } from "../graphql/context.js";
import { MAX_PAGE_SIZE, PageInfo } from "../graphql/pagination.js";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";
import { ProgrammeQueries } from "../programme/programme.queries.js";
import { Programme } from "../programme/programme.type.js";
import { RegionQueries } from "../region/region.queries.js";
import { Region } from "../region/region.type.js";
import { ResolutionQueries } from "../resolution/resolution.queries.js";
import { Resolution } from "../resolution/resolution.type.js";
import { SourceQueries } from "../source/source.queries.js";
import { Source } from "../source/source.type.js";
import { OrganizationQueries } from "../organization/organization.queries.js";
import { PersonQueries } from "../person/person.queries.js";
import { checkIds, checkText } from "./entity.filters.js";
import type { EntityLister, EntityPage } from "./entity.list.js";

@InputType({ description: "Filters of the simpler lists; all given filters must hold." })
export class EntityFilter {
  @Field(() => [ID], { nullable: true, description: "Only these ids (at most 100)." })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive text in the name or title (and acronym, code, publisher... where the label has them)." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "The label's kind property (e.g. intergovernmental, sub_programme, news)." })
  kind?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only synthetic; false: only real; absent: both." })
  synthetic?: boolean | null;
}

export enum NameOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
}
registerEnumType(NameOrder, { name: "NameOrder", description: "By name (or title for sources), case-insensitive." });

export interface EntityFilterParams {
  ids: string[] | null;
  text: string | null;
  kind: string | null;
  synthetic: boolean | null;
}

type EntityClass = abstract new (...args: never[]) => unknown;

/** The simpler top-level lists: field name, object type, cypher files, sort property. */
export const SIMPLE_LISTS = [
  { field: "programmes", type: Programme, queries: ProgrammeQueries, sortKey: "name" },
  { field: "organizations", type: Organization, queries: OrganizationQueries, sortKey: "name" },
  { field: "persons", type: Person, queries: PersonQueries, sortKey: "name" },
  { field: "sources", type: Source, queries: SourceQueries, sortKey: "title" },
  { field: "resolutions", type: Resolution, queries: ResolutionQueries, sortKey: "name" },
  { field: "regions", type: Region, queries: RegionQueries, sortKey: "name" },
] as const satisfies readonly { field: string; type: EntityClass; queries: { list: CypherQuery; count: CypherQuery }; sortKey: string }[];

/**
 * A resolver class for one simple list: a Relay connection of the label's own
 * type, with EntityFilter, NameOrder and totalCount on demand. One factory
 * instead of six copies; each list still runs its own static-label cypher files.
 */
export function createListResolver(spec: (typeof SIMPLE_LISTS)[number]) {
  const typeName = (spec.type as unknown as { name: string }).name;

  @ObjectType(`${typeName}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => spec.type)
    node!: unknown;
  }

  @ObjectType(`${typeName}Connection`, { description: `A page of ${spec.field} (Relay connection).` })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  @Resolver(() => Connection)
  class ListResolver {
    constructor(private readonly lister: EntityLister<EntityFilterParams>) {}

    @Query(() => Connection, { name: spec.field, description: `${spec.field[0]!.toUpperCase()}${spec.field.slice(1)}, a page at a time (first at most ${MAX_PAGE_SIZE}).` })
    list(
      @Arg("first", () => Int, { nullable: true, description: `Page size, default 20, at most ${MAX_PAGE_SIZE}.` }) first: number | null,
      @Arg("after", () => String, { nullable: true }) after: string | null,
      @Arg("filter", () => EntityFilter, { nullable: true }) filter: EntityFilter | null,
      @Arg("orderBy", () => NameOrder, { defaultValue: NameOrder.NAME_ASC }) orderBy: NameOrder,
      @Ctx() ctx: GraphQLContext,
    ): Promise<EntityPage<EntityFilterParams>> {
      const params: EntityFilterParams = { ids: checkIds(filter?.ids), text: checkText(filter?.text), kind: filter?.kind ?? null, synthetic: filter?.synthetic ?? null };
      return this.lister.page(params, { sortKey: spec.sortKey, desc: orderBy === NameOrder.NAME_DESC }, orderBy, { first, after }, ctx.runOptions);
    }

    @FieldResolver(() => Int, { description: "How many match the filter; counted only when asked for." })
    totalCount(@Root() page: EntityPage<EntityFilterParams>, @Ctx() ctx: GraphQLContext): Promise<number> {
      return this.lister.count(page.filter, ctx.runOptions);
    }
  }

  return ListResolver;
}
