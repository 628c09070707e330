import { ArgsType, Field, Int } from "type-graphql";
import { ProgrammePeriodArgs } from "../analysis/analysis.args.js";
import { MAX_PAGE_SIZE } from "../graphql/page-size.js";
import { RelationshipRole, ROLE_ENUMS } from "../graphql/model.enums.js";
import { REGION_CODES, type AffiliationRole } from "../model/model.enums.js";
import { ActivityDimension, ActivityMeasure, ActivityOrder, EventKind } from "./activity.enums.js";

/** The furthest activity(offset) reaches: far past any real table, well short of a number that could overflow. */
export const MAX_ACTIVITY_OFFSET = 100_000;
export const DEFAULT_ACTIVITY_ROWS = 20;

/**
 * activity()'s arguments: the period, programme and synthetic filters every
 * analysis shares (ProgrammePeriodArgs), and its own. Checked by
 * activityParams() (activity.params.ts), the one place they are checked.
 */
@ArgsType()
export class ActivityArgs extends ProgrammePeriodArgs {
  @Field(() => [ActivityDimension], { description: "The dimensions to group by: at least one, each once. Rows are one per combination of their values." })
  groupBy!: ActivityDimension[];

  @Field(() => ActivityMeasure, { description: "What each row counts." })
  measure!: ActivityMeasure;

  @Field(() => String, {
    nullable: true,
    description: `Only participations of members of this region, by code: ${REGION_CODES.join(", ")} (participation measures only). With EVENTS: the events such a member took part in.`,
  })
  region?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Participation measures: count organizations' participations too, not only members'." })
  includeOrganizations!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "Participation measures: count an organization AFFILIATED_WITH a member (its customs administration's headquarters or units, its government, " +
      "its country's agencies) as that member, as the other analyses' foldMembers does: its participations become the member's, " +
      "and the member with its government both present in one role make one participation.",
  })
  foldMembers!: boolean;

  @Field(() => [ROLE_ENUMS.AffiliationRole], { nullable: true, description: "With foldMembers: fold only the ties of these roles (at least one). Left out: every role." })
  foldRoles?: AffiliationRole[] | null;

  @Field(() => [EventKind], { nullable: true, description: "Only events of these kinds (at least one)." })
  eventKinds?: EventKind[] | null;

  @Field(() => [RelationshipRole], {
    nullable: true,
    description:
      "Only participations (or appearances) in these roles (at least one): ParticipationRole values for the participation measures, " +
      "SpeakerRole values for the appearance measures. With EVENTS: the events that have a participation in one of them.",
  })
  roles?: string[] | null;

  @Field(() => ActivityOrder, { defaultValue: ActivityOrder.VALUE_DESC, description: "Row order; VALUE_DESC (the default) ranks." })
  order!: ActivityOrder;

  @Field(() => Int, { defaultValue: DEFAULT_ACTIVITY_ROWS, description: `How many rows (1 to ${MAX_PAGE_SIZE}).` })
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: `Rows skipped before the first one returned (0 to ${MAX_ACTIVITY_OFFSET}): the next page starts at offset + first.` })
  offset!: number;
}
