import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker, type ContainerType } from "type-graphql";
import type { AuthService } from "../auth/auth.service.js";
import type { Capability } from "../auth/auth.roles.js";
import type { GraphQLContext } from "./context.js";
import { CoParticipantResolver, EvidenceResolver, MembershipResolver, PathResolver, NeighbourhoodResolver, NetworkResolver, SearchResolver, TimelineResolver } from "../analysis/analysis.resolver.js";
import { EntityResolver } from "../entity/entity.resolver.js";
import { EventResolver } from "../event/event.resolver.js";
import { Event } from "../event/event.type.js";
import { MemberResolver } from "../member/member.resolver.js";
import { Member } from "../member/member.type.js";
import { MetaResolver } from "../meta/meta.resolver.js";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";
import { Programme } from "../programme/programme.type.js";
import { Region } from "../region/region.type.js";
import { Resolution } from "../resolution/resolution.type.js";
import { Source } from "../source/source.type.js";
import { MemberRelationsResolver } from "../member/member.relations.resolver.js";
import { OrganizationRelationsResolver } from "../organization/organization.relations.resolver.js";
import { EventRelationsResolver } from "../event/event.relations.resolver.js";
import { PersonRelationsResolver } from "../person/person.relations.resolver.js";
import { ProgrammeRelationsResolver } from "../programme/programme.relations.resolver.js";
import { ResolutionRelationsResolver } from "../resolution/resolution.relations.resolver.js";
import { RegionRelationsResolver } from "../region/region.relations.resolver.js";
import { RelationshipEdgeResolver } from "../relations/relation.resolver.js";
import type { Services } from "../services.js";
import { EditorResolver } from "../editor/editor.resolver.js";
import { ResearcherResolver } from "../researcher/researcher.resolver.js";
import { createListResolver, SIMPLE_LISTS } from "../entity/entity.lists.js";
import { EntityLister } from "../entity/entity.list.js";

/** Every resolver class; the schema is exactly these. */
export const RESOLVERS = [MetaResolver, EntityResolver, MembershipResolver, EvidenceResolver, CoParticipantResolver, PathResolver, SearchResolver, TimelineResolver, NetworkResolver, NeighbourhoodResolver, MemberResolver, EventResolver,
  RelationshipEdgeResolver, MemberRelationsResolver, OrganizationRelationsResolver, EventRelationsResolver, PersonRelationsResolver, ProgrammeRelationsResolver, ResolutionRelationsResolver, RegionRelationsResolver, EditorResolver, ResearcherResolver] as const;

/** The simpler lists (programmes, organizations, persons, sources, resolutions, regions), one factory. */
const LIST_RESOLVERS = SIMPLE_LISTS.map((spec) => ({ spec, resolver: createListResolver(spec) }));

/** Object types reached only through interfaces must be listed to be in the schema. */
const ORPHANED_TYPES = [Member, Region, Event, Programme, Resolution, Person, Organization, Source];

/** Resolver instances get their services through their constructors, wired here and nowhere else. */
function container(services: Services): ContainerType {
  const instances = new Map<unknown, unknown>([
    [MetaResolver, new MetaResolver(services.meta)],
    [EntityResolver, new EntityResolver()],
    [MembershipResolver, new MembershipResolver(services.analysis)],
    [EvidenceResolver, new EvidenceResolver()],
    [CoParticipantResolver, new CoParticipantResolver(services.analysis)],
    [PathResolver, new PathResolver(services.analysis)],
    [SearchResolver, new SearchResolver(services.analysis)],
    [TimelineResolver, new TimelineResolver(services.analysis)],
    [NetworkResolver, new NetworkResolver(services.analysis)],
    [NeighbourhoodResolver, new NeighbourhoodResolver(services.analysis)],
    [RelationshipEdgeResolver, new RelationshipEdgeResolver()],
    ...LIST_RESOLVERS.map(({ spec, resolver }) => [resolver, new resolver(new EntityLister(services.runner, spec.queries, spec.field))] as [unknown, unknown]),
    [MemberRelationsResolver, new MemberRelationsResolver()],
    [OrganizationRelationsResolver, new OrganizationRelationsResolver()],
    [EventRelationsResolver, new EventRelationsResolver()],
    [PersonRelationsResolver, new PersonRelationsResolver()],
    [ProgrammeRelationsResolver, new ProgrammeRelationsResolver()],
    [ResolutionRelationsResolver, new ResolutionRelationsResolver()],
    [RegionRelationsResolver, new RegionRelationsResolver()],
    [MemberResolver, new MemberResolver(services.members)],
    [EventResolver, new EventResolver(services.events)],
    [EditorResolver, new EditorResolver(services.editor)],
    [ResearcherResolver, new ResearcherResolver(services.researcher)],
  ]);
  return {
    get: (cls) => {
      const instance = instances.get(cls);
      if (!instance) throw new Error(`No resolver instance for ${String((cls as { name?: string }).name)}`);
      return instance;
    },
  };
}

/** Decides @Authorized(capability) fields through the one access policy; throws its own coded errors. */
function authChecker(auth: AuthService | undefined): AuthChecker<GraphQLContext, Capability> {
  return ({ context }, capabilities) => {
    for (const capability of capabilities) {
      if (!auth) throw new Error("no access policy configured");
      auth.authorize(context.principal, capability);
    }
    return true;
  };
}

export async function buildGraphQLSchema(services: Services, auth?: AuthService): Promise<GraphQLSchema> {
  return buildSchema({
    authChecker: authChecker(auth),
    resolvers: [...RESOLVERS, ...LIST_RESOLVERS.map((l) => l.resolver)] as unknown as typeof RESOLVERS,
    orphanedTypes: ORPHANED_TYPES,
    scalarsMap: [],
    container: container(services),
    validate: false,
  });
}
