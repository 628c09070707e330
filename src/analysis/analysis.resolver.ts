import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import { Node } from "../entity/entity.type.js";
import { Organization } from "../organization/organization.type.js";
import { Event } from "../event/event.type.js";
import type { GraphQLContext } from "../graphql/context.js";
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_NETWORK_EDGES, MAX_PER_LEVEL } from "../graphql/page-size.js";
import { selects } from "../graphql/selection.js";
import { Member } from "../member/member.type.js";
import { Programme } from "../programme/programme.type.js";
import { CoParticipantsArgs, CooperationArgs, EvolutionArgs, MAX_HOPS, MembersInProgrammesArgs, NeighbourhoodArgs, NetworkArgs, PathArgs, SearchArgs, TimelineArgs } from "./analysis.args.js";
import { allNamed, eventsByDate, named, type Awaitable } from "./analysis.entities.js";
import type {
  AffiliateEvidenceValue,
  AffiliationValue,
  CoParticipantValue,
  CooperationValue,
  EvidenceValue,
  MembershipValue,
  NeighbourhoodValue,
  NeighbourValue,
  NetworkNodeValue,
  NetworkValue,
  NetworkYearValue,
  PathValue,
  SearchHitValue,
  SharedEventValue,
  SharedParticipationValue,
  TimelineValue,
} from "./analysis.model.js";
import type { AnalysisService } from "./analysis.service.js";
import {
  AffiliateEvidence,
  AffiliationUsed,
  CoParticipant,
  Cooperation,
  Neighbourhood,
  NeighbourNode,
  Network,
  NetworkNode,
  NetworkYear,
  Path,
  ProgrammeEvidence,
  ProgrammeMembership,
  SearchHit,
  SharedEvent,
  SharedParticipation,
  TimelineEntry,
} from "./analysis.type.js";

/** The analyses: each query one call to the service; each entity field one read of the request's entity loader. */

@Resolver(() => ProgrammeMembership)
export class MembershipResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => [ProgrammeMembership], {
    description:
      "Member administrations that took part (any role) in the activities of ALL (or ANY) of the given programmes, " +
      "each with the events that show it. An event is a programme's activity when it is ACTIVITY_OF, or ADDRESSED, " +
      "the programme or one of its sub-programmes (PART_OF). With from/to, only events overlapping that period count. " +
      "Synthetic data is left out unless includeSynthetic is true.",
  })
  membersInProgrammes(@Args(() => MembersInProgrammesArgs) args: MembersInProgrammesArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<MembershipValue[]> {
    const withEvents = selects(info, ["programmes", "events"]) || selects(info, ["programmes", "throughAffiliates", "events"]);
    return this.service.membersInProgrammes(args, withEvents, ctx.loaders.entity, ctx.runOptions);
  }

  @FieldResolver(() => Member, { description: "The member administration." })
  member(@Root() row: MembershipValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, row.memberId);
  }

  @FieldResolver(() => [ProgrammeEvidence], { description: "One entry per requested programme the member took part in." })
  programmes(@Root() row: MembershipValue): EvidenceValue[] {
    return row.evidence;
  }
}

@Resolver(() => ProgrammeEvidence)
export class EvidenceResolver {
  @FieldResolver(() => Programme, { description: "The requested programme." })
  programme(@Root() evidence: EvidenceValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, evidence.programmeId);
  }

  @FieldResolver(() => [Event], { description: "The events that justify the answer, oldest first." })
  events(@Root() evidence: EvidenceValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue[]> {
    return eventsByDate(ctx.loaders.entity, evidence.eventIds);
  }
}

@Resolver(() => AffiliationUsed)
export class AffiliationUsedResolver {
  @FieldResolver(() => Organization, { description: "The affiliate, counted as the member." })
  organization(@Root() tie: AffiliationValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, tie.organizationId);
  }

  @FieldResolver(() => Member, { description: "The member the affiliate's participations were counted for." })
  member(@Root() tie: AffiliationValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, tie.memberId);
  }
}

@Resolver(() => AffiliateEvidence)
export class AffiliateEvidenceResolver {
  @FieldResolver(() => [Event], { description: "The events the affiliate took part in, oldest first." })
  events(@Root() evidence: AffiliateEvidenceValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue[]> {
    return eventsByDate(ctx.loaders.entity, evidence.eventIds);
  }
}

@Resolver(() => CoParticipant)
export class CoParticipantResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => [CoParticipant], {
    description:
      "Members and organizations that took part in the same events as the given member or organization, ranked by " +
      "the number of events shared (ties by id), each with those events (latest first). Synthetic data is left out " +
      "unless includeSynthetic is true.",
  })
  coParticipants(@Args(() => CoParticipantsArgs) args: CoParticipantsArgs, @Ctx() ctx: GraphQLContext): Promise<CoParticipantValue[]> {
    return this.service.coParticipants(args, ctx.loaders.entity, ctx.runOptions);
  }

  @FieldResolver(() => Node, { description: "The Member or Organization." })
  partner(@Root() row: CoParticipantValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, row.partnerId);
  }

  @FieldResolver(() => [Event], { description: "The shared events, latest first (up to eventsPerPartner)." })
  sharedEvents(@Root() row: CoParticipantValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue[]> {
    return allNamed(ctx.loaders.entity, row.eventIds);
  }
}

@Resolver(() => Path)
export class PathResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => Path, {
    nullable: true,
    description: `The shortest path between two entities (relationships in either direction), at most maxHops long (up to ${MAX_HOPS}); null when there is none.`,
  })
  shortestPath(@Args(() => PathArgs) args: PathArgs, @Ctx() ctx: GraphQLContext): Promise<PathValue | null> {
    return this.service.shortestPath(args, ctx.loaders.entity, ctx.runOptions);
  }

  @FieldResolver(() => [Node], { description: "The entities along the path, from `from` to `to`." })
  nodes(@Root() path: PathValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue[]> {
    return allNamed(ctx.loaders.entity, path.nodeIds);
  }
}

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => [SearchHit], {
    description:
      "Full-text search across every label: names, titles, acronyms, codes, themes, outcomes, topics, notes, descriptions, " +
      "summaries, count scopes, places, publishers. All words must match; the last may be the start of a word. " +
      "Best matches first; each hit says which fields matched.",
  })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: GraphQLContext): Promise<SearchHitValue[]> {
    return this.service.search(args, ctx.runOptions);
  }

  @FieldResolver(() => Node, { description: "The entity found." })
  node(@Root() hit: SearchHitValue): EntityValue {
    return hit.entity;
  }
}

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => [TimelineEntry], { description: "An entity's events in date order, with how it is tied to each (earliest first)." })
  timeline(@Args(() => TimelineArgs) args: TimelineArgs, @Ctx() ctx: GraphQLContext): Promise<TimelineValue[]> {
    return this.service.timeline(args, ctx.loaders.entity, ctx.runOptions);
  }

  @FieldResolver(() => Event, { description: "The event." })
  event(@Root() entry: TimelineValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, entry.eventId);
  }
}

@Resolver(() => NetworkNode)
export class NetworkResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => Network, {
    description:
      "Who cooperates with whom: pairs of members (and organizations, if asked) that took part in the same events, " +
      `weighted by the number of shared events, heaviest first (at most ${MAX_NETWORK_EDGES} edges), each edge with its first and last ` +
      "date, its weight per year and its sources. Filters: region (both ends members of it), programme (with its sub-programmes), " +
      "period, provenance (sources, publishers, certainOnly).",
  })
  cooperationNetwork(@Args(() => NetworkArgs) args: NetworkArgs, @Ctx() ctx: GraphQLContext): Promise<NetworkValue> {
    return this.service.cooperationNetwork(args, ctx.runOptions);
  }

  @Query(() => [NetworkYear], {
    description:
      "The cooperation network year by year, with cooperationNetwork's filters: for each year from the first to the last with an edge " +
      "(years between included, empty), the network of the events that started that year (undated events left out; minWeight applies " +
      "to the year's weight): its nodes, edges, density, new edges (an edge of no earlier year of the answer) and lost edges (an edge " +
      "of the year before that is none this year).",
  })
  networkEvolution(@Args(() => EvolutionArgs) args: EvolutionArgs, @Ctx() ctx: GraphQLContext): Promise<NetworkYearValue[]> {
    return this.service.networkEvolution(args, ctx.runOptions);
  }

  @FieldResolver(() => Node, { description: "The member or organization." })
  node(@Root() n: NetworkNodeValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, n.id);
  }
}

@Resolver(() => NeighbourNode)
export class NeighbourhoodResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => Neighbourhood, {
    description: `The entities within depth hops of an entity (depth 1 to ${MAX_NEIGHBOURHOOD_DEPTH}), at most limitPerLevel new ones per level (up to ${MAX_PER_LEVEL}, taken in id order), with every relationship among them.`,
  })
  neighbourhood(@Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs, @Ctx() ctx: GraphQLContext): Promise<NeighbourhoodValue> {
    return this.service.neighbourhood(args, ctx.loaders.entity, ctx.runOptions);
  }

  @FieldResolver(() => Node, { description: "The entity." })
  node(@Root() n: NeighbourValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, n.id);
  }
}

@Resolver(() => Cooperation)
export class CooperationResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => Cooperation, {
    description:
      "Since when, how much and on what two members or organizations cooperate: the events both took part in (any role), their first " +
      "and last date, the weight per year, and each shared event with both actors' participations (role, sources). Filters: programme " +
      "(with its sub-programmes), period, foldMembers, provenance (sources, publishers, certainOnly). Synthetic data is left out unless " +
      "includeSynthetic is true.",
  })
  cooperation(@Args(() => CooperationArgs) args: CooperationArgs, @Ctx() ctx: GraphQLContext): Promise<CooperationValue> {
    return this.service.cooperation(args, ctx.runOptions);
  }

  @FieldResolver(() => [Node], { description: "The two actors (actorIds as entities)." })
  actors(@Root() c: CooperationValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue[]> {
    return allNamed(ctx.loaders.entity, c.actorIds);
  }
}

@Resolver(() => SharedEvent)
export class SharedEventResolver {
  @FieldResolver(() => Event, { description: "The event." })
  event(@Root() e: SharedEventValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, e.eventId);
  }
}

@Resolver(() => SharedParticipation)
export class SharedParticipationResolver {
  @FieldResolver(() => Node, { description: "The member or organization that took part." })
  participant(@Root() p: SharedParticipationValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, p.participantId);
  }
}
