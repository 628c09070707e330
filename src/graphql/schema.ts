import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker, type ContainerType } from "type-graphql";
import type { AuthService } from "../auth/auth.service.js";
import type { Capability } from "../auth/auth.roles.js";
import type { GraphQLContext } from "./context.js";
import { AffiliateEvidenceResolver, AffiliationUsedResolver, CoParticipantResolver, EvidenceResolver, MembershipResolver, PathResolver, NeighbourhoodResolver, NetworkResolver, SearchResolver, TimelineResolver } from "../analysis/analysis.resolver.js";
import { CooperationResolver, SharedEventResolver, SharedParticipationResolver } from "../analysis/analysis.resolver.js";
import { EntityResolver } from "../entity/entity.resolver.js";
import { resolveTypesDirectly } from "../entity/entity.type.js";
import { ENTITY_TYPES } from "../entity/entity.types.js";
import { LIST_RESOLVERS } from "../list/list.registry.js";
import { RELATION_RESOLVERS, resolveRelationFieldsDirectly } from "../relations/relation.resolvers.js";
import { MetaResolver } from "../meta/meta.resolver.js";
import { RelationshipEdgeResolver } from "../relations/relation.resolver.js";
import type { Services } from "../services.js";
import { EditorResolver } from "../editor/editor.resolver.js";
import { ChangesResolver } from "../changes/changes.resolver.js";
import { ResearcherResolver } from "../researcher/researcher.resolver.js";
import { ActivityResolver } from "../activity/activity.resolver.js";
import { NetworkMetricsFieldResolver, NetworkMetricsResolver, NetworkNodeMetricsResolver, RankedActorResolver, RankingResolver } from "../network/network.resolver.js";

/** Every resolver class; the schema is exactly these. */
export const RESOLVERS = [MetaResolver, EntityResolver, MembershipResolver, EvidenceResolver, AffiliationUsedResolver, AffiliateEvidenceResolver, CoParticipantResolver, PathResolver, SearchResolver, TimelineResolver, NetworkResolver, NeighbourhoodResolver,
  RelationshipEdgeResolver, EditorResolver, ResearcherResolver, ChangesResolver, CooperationResolver, SharedEventResolver, SharedParticipationResolver, ActivityResolver,
  NetworkNodeMetricsResolver, NetworkMetricsFieldResolver, NetworkMetricsResolver, RankingResolver, RankedActorResolver] as const;

/** Object types reached only through interfaces must be listed to be in the schema: every label's. */
const ORPHANED_TYPES = Object.values(ENTITY_TYPES);

type Entry = [unknown, () => unknown];

/**
 * Resolver instances get their services through their constructors, wired
 * here and nowhere else. Each is made when first asked for: printing the
 * schema (npm run schema:emit) builds it without services and asks for none.
 */
function container(services: Services): ContainerType {
  const factories = new Map<unknown, () => unknown>([
    [MetaResolver, () => new MetaResolver(services.meta)],
    [EntityResolver, () => new EntityResolver()],
    [MembershipResolver, () => new MembershipResolver(services.analysis)],
    [EvidenceResolver, () => new EvidenceResolver()],
    [AffiliationUsedResolver, () => new AffiliationUsedResolver()],
    [AffiliateEvidenceResolver, () => new AffiliateEvidenceResolver()],
    [CoParticipantResolver, () => new CoParticipantResolver(services.analysis)],
    [PathResolver, () => new PathResolver(services.analysis)],
    [SearchResolver, () => new SearchResolver(services.analysis)],
    [TimelineResolver, () => new TimelineResolver(services.analysis)],
    [NetworkResolver, () => new NetworkResolver(services.analysis)],
    [NeighbourhoodResolver, () => new NeighbourhoodResolver(services.analysis)],
    [RelationshipEdgeResolver, () => new RelationshipEdgeResolver()],
    ...LIST_RESOLVERS.map((resolver): Entry => [resolver, () => new resolver(services.lists)]),
    ...RELATION_RESOLVERS.map((resolver): Entry => [resolver, () => new resolver()]),
    [EditorResolver, () => new EditorResolver(services.editor)],
    [ResearcherResolver, () => new ResearcherResolver(services.researcher)],
    [ChangesResolver, () => new ChangesResolver(services.changes)],
    [CooperationResolver, () => new CooperationResolver(services.analysis)],
    [SharedEventResolver, () => new SharedEventResolver()],
    [SharedParticipationResolver, () => new SharedParticipationResolver()],
    [ActivityResolver, () => new ActivityResolver(services.activity)],
    [NetworkNodeMetricsResolver, () => new NetworkNodeMetricsResolver(services.network)],
    [NetworkMetricsFieldResolver, () => new NetworkMetricsFieldResolver()],
    [NetworkMetricsResolver, () => new NetworkMetricsResolver(services.network)],
    [RankingResolver, () => new RankingResolver(services.network)],
    [RankedActorResolver, () => new RankedActorResolver()],
  ]);
  const instances = new Map<unknown, unknown>();
  return {
    get: (cls) => {
      if (!instances.has(cls)) {
        const make = factories.get(cls);
        if (!make) throw new Error(`No resolver instance for ${String((cls as { name?: string }).name)}`);
        instances.set(cls, make());
      }
      return instances.get(cls);
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
  const schema = await buildSchema({
    authChecker: authChecker(auth),
    resolvers: [...RESOLVERS, ...LIST_RESOLVERS, ...RELATION_RESOLVERS] as unknown as typeof RESOLVERS,
    orphanedTypes: ORPHANED_TYPES,
    scalarsMap: [],
    container: container(services),
    validate: false,
    // type-graphql insists on a PubSub once a subscription exists; graphChanged brings its own subscribe (changes.feed.ts).
    pubSub: { publish: () => undefined, subscribe: () => { throw new Error("subscriptions use their own subscribe function"); } },
  });
  resolveRelationFieldsDirectly(schema);
  resolveTypesDirectly(schema);
  // type-graphql has no decorator for the root types; GraphiQL and the descriptions test read these.
  const query = schema.getQueryType();
  if (query) query.description = "Reads: single entities by id (node, nodes), lists a page at a time, and the analyses (networks, paths, timelines, search).";
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = "Writes (editor role): upsertGraph.";
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = "Pushed over server-sent events at /graphql/stream: graphChanged.";
  return schema;
}
