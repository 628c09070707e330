import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { selects } from "../graphql/selection.js";
import { checkEntityId } from "../entity/entity.resolver.js";
import { Node } from "../entity/entity.type.js";
import { BadUserInputError } from "../errors/errors.js";
import type { EntityValue } from "../entity/entity.model.js";
import { Event } from "../event/event.type.js";
import type { GraphQLContext } from "../graphql/context.js";
import { PartialDate } from "../graphql/scalars.js";
import { Member } from "../member/member.type.js";
import { Programme } from "../programme/programme.type.js";
import type { AnalysisService } from "./analysis.service.js";
import type { WithEntities } from "./analysis.repository.js";
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_NETWORK_EDGES, MAX_PAGE_SIZE, MAX_PER_LEVEL } from "../graphql/page-size.js";
import { LABELS } from "../model/model.labels.js";
import {
  CoParticipant,
  Neighbourhood,
  NeighbourNode,
  Network,
  NetworkNode,
  SearchHit,
  TimelineEntry,
  type TimelineValue,
  Path,
  PathStep,
  RelationshipType,
  type PathValue,
  ProgrammeEvidence,
  ProgrammeMatch,
  ProgrammeMembership,
  type CoParticipantValue,
  type EvidenceValue,
  type MembershipValue,
} from "./analysis.type.js";

/** A whole number from 1 to max, or BAD_USER_INPUT naming the argument and the excess. */
function bounded(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1) throw new BadUserInputError(`${name} must be a whole number from 1 to ${max}; got ${value}`, { argument: name });
  if (value > max) throw new BadUserInputError(`${name} is ${value}, over the maximum of ${max} by ${value - max}`, { argument: name, max });
  return value;
}

/** Hands the request's entity loader what an analysis statement already read, and passes the rows on. */
function primed<T extends WithEntities>(ctx: GraphQLContext, rows: T[]): T[] {
  for (const row of rows) for (const entity of row.entities) ctx.loaders.entity.prime(entity.id, entity);
  return rows;
}

async function required(ctx: GraphQLContext, id: string): Promise<EntityValue> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw new Error(`entity ${id} vanished between two statements of one request`);
  return entity;
}

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
  async membersInProgrammes(
    @Arg("programmes", () => [String], { description: "Programme codes, e.g. [\"PGS\", \"SALW\"]." }) programmes: string[],
    @Arg("match", () => ProgrammeMatch, { defaultValue: ProgrammeMatch.ALL }) match: ProgrammeMatch,
    @Arg("from", () => PartialDate, { nullable: true }) from: string | null,
    @Arg("to", () => PartialDate, { nullable: true }) to: string | null,
    @Arg("includeSynthetic", () => Boolean, { defaultValue: false }) includeSynthetic: boolean,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MembershipValue[]> {
    const withEvents = selects(info, ["programmes", "events"]);
    return primed(ctx, await this.service.membersInProgrammes({ codes: programmes, match, from: from ?? null, to: to ?? null, includeSynthetic, withEvents }, ctx.runOptions));
  }

  @FieldResolver(() => Member)
  member(@Root() row: MembershipValue, @Ctx() ctx: GraphQLContext): Promise<EntityValue> {
    return required(ctx, row.memberId);
  }

  @FieldResolver(() => [ProgrammeEvidence], { description: "One entry per requested programme the member took part in." })
  programmes(@Root() row: MembershipValue): EvidenceValue[] {
    return row.evidence;
  }
}

@Resolver(() => ProgrammeEvidence)
export class EvidenceResolver {
  @FieldResolver(() => Programme)
  programme(@Root() evidence: EvidenceValue, @Ctx() ctx: GraphQLContext): Promise<EntityValue> {
    return required(ctx, evidence.programmeId);
  }

  @FieldResolver(() => [Event], { description: "The events that justify the answer, oldest first." })
  async events(@Root() evidence: EvidenceValue, @Ctx() ctx: GraphQLContext): Promise<EntityValue[]> {
    const events = await Promise.all(evidence.eventIds.map((id) => required(ctx, id)));
    return events.sort((a, b) => String(a.startDate ?? "").localeCompare(String(b.startDate ?? "")) || a.id.localeCompare(b.id));
  }
}

const MAX_PARTNERS = 100;
const MAX_EVENTS_PER_PARTNER = 50;

@Resolver(() => CoParticipant)
export class CoParticipantResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => [CoParticipant], {
    description:
      "Members and organizations that took part in the same events as the given member or organization, ranked by " +
      "the number of events shared (ties by id), each with those events (latest first). Synthetic data is left out " +
      "unless includeSynthetic is true.",
  })
  async coParticipants(
    @Arg("id", () => ID, { description: "A Member or Organization id, e.g. member:jpn." }) id: string,
    @Arg("first", () => Int, { defaultValue: 10, description: `How many partners, at most ${MAX_PARTNERS}.` }) first: number,
    @Arg("eventsPerPartner", () => Int, { defaultValue: 10, description: `Shared events listed per partner, at most ${MAX_EVENTS_PER_PARTNER}.` }) eventsPerPartner: number,
    @Arg("programme", () => String, { nullable: true, description: "Only events of this programme (or its sub-programmes), by code." }) programme: string | null,
    @Arg("from", () => PartialDate, { nullable: true }) from: string | null,
    @Arg("to", () => PartialDate, { nullable: true }) to: string | null,
    @Arg("includeSynthetic", () => Boolean, { defaultValue: false }) includeSynthetic: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CoParticipantValue[]> {
    const rows = await this.service.coParticipants(
      {
        id: checkEntityId(id),
        first: bounded("first", first, MAX_PARTNERS),
        eventsPerPartner: bounded("eventsPerPartner", eventsPerPartner, MAX_EVENTS_PER_PARTNER),
        programme: programme?.trim().toUpperCase() ?? null,
        from: from ?? null,
        to: to ?? null,
        includeSynthetic,
      },
      (entityId) => ctx.loaders.entity.load(entityId),
      ctx.runOptions,
    );
    return primed(ctx, rows);
  }

  @FieldResolver(() => Node, { description: "The Member or Organization." })
  partner(@Root() row: CoParticipantValue, @Ctx() ctx: GraphQLContext): Promise<EntityValue> {
    return required(ctx, row.partnerId);
  }

  @FieldResolver(() => [Event], { description: "The shared events, latest first (up to eventsPerPartner)." })
  sharedEvents(@Root() row: CoParticipantValue, @Ctx() ctx: GraphQLContext): Promise<EntityValue[]> {
    return Promise.all(row.eventIds.map((id) => required(ctx, id)));
  }
}

const MAX_HOPS = 6;

@Resolver(() => Path)
export class PathResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => Path, {
    nullable: true,
    description: `The shortest path between two entities (relationships in either direction), at most maxHops long (up to ${MAX_HOPS}); null when there is none.`,
  })
  async shortestPath(
    @Arg("from", () => ID) from: string,
    @Arg("to", () => ID) to: string,
    @Arg("maxHops", () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg("types", () => [RelationshipType], { nullable: true, description: "Only through these relationship types." }) types: RelationshipType[] | null,
    @Arg("includeSynthetic", () => Boolean, { defaultValue: false }) includeSynthetic: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PathValue | null> {
    const row = await this.service.shortestPath(
      { from: checkEntityId(from), to: checkEntityId(to), maxHops: bounded("maxHops", maxHops, MAX_HOPS), types: types?.length ? types : null, includeSynthetic },
      (id) => ctx.loaders.entity.load(id),
      ctx.runOptions,
    );
    if (!row) return null;
    primed(ctx, [row]);
    return { nodeIds: row.nodeIds, steps: row.steps as PathStep[], length: row.steps.length };
  }

  @FieldResolver(() => [Node], { description: "The entities along the path, from `from` to `to`." })
  nodes(@Root() path: PathValue, @Ctx() ctx: GraphQLContext): Promise<EntityValue[]> {
    return Promise.all(path.nodeIds.map((id) => required(ctx, id)));
  }
}

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => [SearchHit], {
    description:
      "Full-text search across every label (names, titles, administration names, acronyms, codes, places, publishers). " +
      "All words must match; the last may be the start of a word. Best matches first.",
  })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("labels", () => [String], { nullable: true, description: "Only these labels, e.g. [\"Member\", \"Event\"]." }) labels: string[] | null,
    @Arg("first", () => Int, { defaultValue: 20, description: `At most ${MAX_PAGE_SIZE}.` }) first: number,
    @Arg("includeSynthetic", () => Boolean, { defaultValue: false }) includeSynthetic: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<{ score: number; entity: EntityValue }[]> {
    for (const label of labels ?? []) {
      if (!(LABELS as readonly string[]).includes(label)) throw new BadUserInputError(`labels: ${JSON.stringify(label.slice(0, 40))} is not a label (${LABELS.join(", ")})`, { argument: "labels" });
    }
    return this.service.search(text, labels?.length ? labels : null, bounded("first", first, MAX_PAGE_SIZE), includeSynthetic, ctx.runOptions);
  }

  @FieldResolver(() => Node)
  node(@Root() hit: { entity: EntityValue }): EntityValue {
    return hit.entity;
  }
}

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => [TimelineEntry], { description: "An entity's events in date order, with how it is tied to each (earliest first)." })
  timeline(
    @Arg("id", () => ID) id: string,
    @Arg("first", () => Int, { defaultValue: 50, description: `At most ${MAX_PAGE_SIZE}.` }) first: number,
    @Arg("from", () => PartialDate, { nullable: true }) from: string | null,
    @Arg("to", () => PartialDate, { nullable: true }) to: string | null,
    @Arg("includeSynthetic", () => Boolean, { defaultValue: false }) includeSynthetic: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TimelineValue[]> {
    return this.service.timeline(
      { id: checkEntityId(id), first: bounded("first", first, MAX_PAGE_SIZE), from: from ?? null, to: to ?? null, includeSynthetic },
      (entityId) => ctx.loaders.entity.load(entityId),
      ctx.runOptions,
    ) as Promise<TimelineValue[]>;
  }

  @FieldResolver(() => Event)
  event(@Root() entry: TimelineValue, @Ctx() ctx: GraphQLContext): Promise<EntityValue> {
    return required(ctx, entry.eventId);
  }
}

@Resolver(() => NetworkNode)
export class NetworkResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => Network, {
    description:
      "Who cooperates with whom: pairs of members (and organizations, if asked) that took part in the same events, " +
      `weighted by the number of shared events, heaviest first (at most ${MAX_NETWORK_EDGES} edges). Filters: region (both ends ` +
      "members of it), programme (with its sub-programmes), period.",
  })
  cooperationNetwork(
    @Arg("region", () => String, { nullable: true }) region: string | null,
    @Arg("programme", () => String, { nullable: true }) programme: string | null,
    @Arg("from", () => PartialDate, { nullable: true }) from: string | null,
    @Arg("to", () => PartialDate, { nullable: true }) to: string | null,
    @Arg("minWeight", () => Int, { defaultValue: 1 }) minWeight: number,
    @Arg("maxEdges", () => Int, { defaultValue: 500 }) maxEdges: number,
    @Arg("includeOrganizations", () => Boolean, { defaultValue: false }) includeOrganizations: boolean,
    @Arg("includeSynthetic", () => Boolean, { defaultValue: false }) includeSynthetic: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.cooperationNetwork(
      {
        region: region?.trim().toUpperCase() ?? null,
        programme: programme?.trim().toUpperCase() ?? null,
        from: from ?? null,
        to: to ?? null,
        minWeight: bounded("minWeight", minWeight, 1_000_000),
        maxEdges: bounded("maxEdges", maxEdges, MAX_NETWORK_EDGES),
        includeOrganizations,
        includeSynthetic,
      },
      ctx.runOptions,
    );
  }

  @FieldResolver(() => Node, { description: "The member or organization." })
  node(@Root() n: { id: string }, @Ctx() ctx: GraphQLContext): Promise<EntityValue> {
    return required(ctx, n.id);
  }
}

@Resolver(() => NeighbourNode)
export class NeighbourhoodResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => Neighbourhood, {
    description: `The entities within depth hops of an entity (depth 1 to ${MAX_NEIGHBOURHOOD_DEPTH}), at most limitPerLevel new ones per level (up to ${MAX_PER_LEVEL}, taken in id order), with every relationship among them.`,
  })
  async neighbourhood(
    @Arg("id", () => ID) id: string,
    @Arg("depth", () => Int, { defaultValue: 1 }) depth: number,
    @Arg("limitPerLevel", () => Int, { defaultValue: 25 }) limitPerLevel: number,
    @Arg("types", () => [RelationshipType], { nullable: true }) types: RelationshipType[] | null,
    @Arg("includeSynthetic", () => Boolean, { defaultValue: false }) includeSynthetic: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await this.service.neighbourhood(
      {
        id: checkEntityId(id),
        depth: bounded("depth", depth, MAX_NEIGHBOURHOOD_DEPTH),
        limit: bounded("limitPerLevel", limitPerLevel, MAX_PER_LEVEL),
        types: types?.length ? types : null,
        includeSynthetic,
      },
      ctx.runOptions,
    );
    primed(ctx, [result]);
    return { nodes: result.nodes, relationships: result.steps };
  }

  @FieldResolver(() => Node)
  node(@Root() n: { id: string }, @Ctx() ctx: GraphQLContext): Promise<EntityValue> {
    return required(ctx, n.id);
  }
}
