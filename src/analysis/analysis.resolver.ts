import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import { Event } from "../event/event.type.js";
import type { GraphQLContext } from "../graphql/context.js";
import { PartialDate } from "../graphql/scalars.js";
import { Member } from "../member/member.type.js";
import { Programme } from "../programme/programme.type.js";
import type { AnalysisService } from "./analysis.service.js";
import { ProgrammeEvidence, ProgrammeMatch, ProgrammeMembership, type EvidenceValue, type MembershipValue } from "./analysis.type.js";

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
  membersInProgrammes(
    @Arg("programmes", () => [String], { description: "Programme codes, e.g. [\"PGS\", \"SALW\"]." }) programmes: string[],
    @Arg("match", () => ProgrammeMatch, { defaultValue: ProgrammeMatch.ALL }) match: ProgrammeMatch,
    @Arg("from", () => PartialDate, { nullable: true }) from: string | null,
    @Arg("to", () => PartialDate, { nullable: true }) to: string | null,
    @Arg("includeSynthetic", () => Boolean, { defaultValue: false }) includeSynthetic: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MembershipValue[]> {
    return this.service.membersInProgrammes({ codes: programmes, match, from: from ?? null, to: to ?? null, includeSynthetic }, ctx.runOptions);
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
