import { checkRegion, programmeCode } from "../entity/entity.filters.js";
import { BadUserInputError } from "../errors/errors.js";
import { MAX_PAGE_SIZE } from "../graphql/page-size.js";
import { periodParams, type PeriodParams } from "../graphql/period.js";
import { PARTICIPATION_ROLES, SPEAKER_ROLES } from "../model/model.enums.js";
import { MAX_ACTIVITY_OFFSET, type ActivityArgs } from "./activity.args.js";
import { ActivityDimension, ActivityMeasure, APPEARANCE_MEASURES, DISTINCT_ACTOR_MEASURES } from "./activity.enums.js";

/** What cypher/activity/activity.cypher counts: events by themselves, participations, or appearances. */
export type ActivityTies = "EVENT" | "PARTICIPATION" | "APPEARANCE";

/** The parameters of cypher/activity/activity.cypher. */
export interface ActivityParams extends PeriodParams {
  groupBy: ActivityDimension[];
  measure: ActivityMeasure;
  ties: ActivityTies;
  /** SPEECHES and DISTINCT_SPEAKERS: SPOKE_AT other than ATTENDED. */
  speechesOnly: boolean;
  /** The period's first and last years, to keep a YEAR row inside the period; null when that end is open. */
  yearLow: number | null;
  yearHigh: number | null;
  programme: string | null;
  region: string | null;
  includeOrganizations: boolean;
  foldMembers: boolean;
  /** The affiliation roles folded; null: every role. */
  foldRoles: string[] | null;
  eventKinds: string[] | null;
  roles: string[] | null;
  includeSynthetic: boolean;
  order: string;
  first: number;
  offset: number;
}

/** The dimensions that belong to a tie (a participation or an appearance), not to the event. */
const TIE_DIMENSIONS = new Set([ActivityDimension.ROLE, ActivityDimension.REGION, ActivityDimension.ACTOR]);

/** The same words as the analyses' bounds (analysis.validate.ts). */
function wholeNumber(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min) throw new BadUserInputError(`${name} must be a whole number from ${min} to ${max}; got ${value}`, { argument: name });
  if (value > max) throw new BadUserInputError(`${name} is ${value}, over the maximum of ${max} by ${value - max}`, { argument: name, max });
}

function checkGroupBy(groupBy: readonly ActivityDimension[]): void {
  if (groupBy.length === 0) throw new BadUserInputError(`groupBy must name at least one dimension (${Object.values(ActivityDimension).join(", ")})`, { argument: "groupBy" });
  const repeated = groupBy.filter((d, i) => groupBy.indexOf(d) !== i);
  if (repeated.length > 0) throw new BadUserInputError(`groupBy names ${[...new Set(repeated)].join(", ")} more than once`, { argument: "groupBy" });
}

/** The combinations that would answer nothing, or something meaningless, refused rather than answered. */
function checkMeasure(args: ActivityArgs, appearances: boolean): void {
  const { measure, groupBy } = args;
  if (DISTINCT_ACTOR_MEASURES.has(measure) && groupBy.includes(ActivityDimension.ACTOR)) {
    throw new BadUserInputError(`${measure} grouped by ACTOR is 1 on every row; rank actors by EVENTS, PARTICIPATIONS, APPEARANCES or SPEECHES`, { argument: "groupBy" });
  }
  if (!appearances) return;
  if (groupBy.includes(ActivityDimension.REGION)) throw new BadUserInputError(`${measure} counts persons, who have no region: REGION groups participation measures only`, { argument: "groupBy" });
  if (args.region != null) throw new BadUserInputError(`${measure} counts persons, who have no region: region filters participation measures only`, { argument: "region" });
  if (args.includeOrganizations) throw new BadUserInputError(`${measure} counts persons: includeOrganizations applies to participation measures only`, { argument: "includeOrganizations" });
  if (args.foldMembers) throw new BadUserInputError(`${measure} counts persons: foldMembers applies to participation measures only`, { argument: "foldMembers" });
}

/** foldRoles narrows a fold: without foldMembers it would do nothing, and an empty list would fold nothing (as analysis.validate.ts). */
function checkFoldRoles(args: ActivityArgs): string[] | null {
  if (args.foldRoles === null || args.foldRoles === undefined) return null;
  if (!args.foldMembers) throw new BadUserInputError("foldRoles needs foldMembers: true", { argument: "foldRoles" });
  if (args.foldRoles.length === 0) throw new BadUserInputError("foldRoles must name at least one role; leave it out to fold every role", { argument: "foldRoles" });
  return [...new Set(args.foldRoles)];
}

/** roles: at least one, each of the measure's vocabulary (a speaker role can never match a participation, nor ATTENDED a speech). */
function checkRoles(roles: string[] | null | undefined, measure: ActivityMeasure, appearances: boolean): string[] | null {
  if (roles === null || roles === undefined) return null;
  if (roles.length === 0) throw new BadUserInputError("roles must name at least one role; leave it out for every role", { argument: "roles" });
  const allowed: readonly string[] = !appearances ? PARTICIPATION_ROLES : measure === ActivityMeasure.APPEARANCES ? SPEAKER_ROLES : SPEAKER_ROLES.filter((r) => r !== "ATTENDED");
  const wrong = roles.filter((r) => !allowed.includes(r));
  if (wrong.length > 0) throw new BadUserInputError(`roles: ${wrong.join(", ")} cannot be counted by ${measure} (${allowed.join(", ")})`, { argument: "roles" });
  return [...new Set(roles)];
}

/**
 * Every check of activity()'s arguments, and the statement's parameters.
 * BAD_USER_INPUT names the argument. Whether the programme code exists is
 * asked of the graph by the service, only when the answer is empty.
 */
export function activityParams(args: ActivityArgs): ActivityParams {
  checkGroupBy(args.groupBy);
  const appearances = APPEARANCE_MEASURES.has(args.measure);
  checkMeasure(args, appearances);
  const roles = checkRoles(args.roles, args.measure, appearances);
  const foldRoles = checkFoldRoles(args);
  if (args.eventKinds?.length === 0) throw new BadUserInputError("eventKinds must name at least one kind; leave it out for every kind", { argument: "eventKinds" });
  wholeNumber("first", args.first, 1, MAX_PAGE_SIZE);
  wholeNumber("offset", args.offset, 0, MAX_ACTIVITY_OFFSET);
  const region = checkRegion(args.region, "region");
  const programme = programmeCode(args.programme);
  if (args.programme != null && programme === null) throw new BadUserInputError("programme is blank; leave it out for every programme", { argument: "programme" });
  const period = periodParams(args.from, args.to);
  const throughTies = args.groupBy.some((d) => TIE_DIMENSIONS.has(d)) || roles !== null || region !== null;
  return {
    ...period,
    groupBy: [...args.groupBy],
    measure: args.measure,
    ties: appearances ? "APPEARANCE" : args.measure === ActivityMeasure.EVENTS && !throughTies ? "EVENT" : "PARTICIPATION",
    speechesOnly: appearances && args.measure !== ActivityMeasure.APPEARANCES,
    yearLow: args.from ? Number(args.from.slice(0, 4)) : null,
    yearHigh: args.to ? Number(args.to.slice(0, 4)) : null,
    programme,
    region,
    includeOrganizations: args.includeOrganizations,
    foldMembers: args.foldMembers,
    foldRoles,
    eventKinds: args.eventKinds?.length ? [...new Set(args.eventKinds)] : null,
    roles,
    includeSynthetic: args.includeSynthetic,
    order: args.order,
    first: args.first,
    offset: args.offset,
  };
}
