import { ArgsType, Field, ID, Int, type ClassType } from "type-graphql";
import { REGION_CODES } from "../model/model.enums.js";
import { MAX_NEIGHBOURHOOD_DEPTH, MAX_NETWORK_EDGES, MAX_PAGE_SIZE, MAX_PER_LEVEL } from "../graphql/page-size.js";
import { FROM_DESCRIPTION, TO_DESCRIPTION } from "../graphql/period.js";
import { PartialDate } from "../graphql/scalars.js";
import { RelationshipType, ROLE_ENUMS } from "../graphql/model.enums.js";
import type { AffiliationRole } from "../model/model.enums.js";
import type { ProvenanceArgsLike } from "./analysis.provenance.js";
import { ProgrammeMatch } from "./analysis.type.js";

/**
 * The arguments of the analyses, as type-graphql argument classes shared by
 * inheritance: synthetic data, a period, a programme, a page. A rule an
 * argument obeys is declared with it (a bound, an entity id) and checked by
 * validate() in analysis.validate.ts, the one place arguments are checked.
 */

export const MAX_PARTNERS = 100;
export const MAX_EVENTS_PER_PARTNER = 50;
export const MAX_HOPS = 6;
export const MAX_MIN_WEIGHT = 1_000_000;
/** membersInProgrammes(programmes), distinct codes. */
export const MAX_PROGRAMMES = 10;

/** A rule declared with an argument: a whole number from 1 to max, an entity id, roles to fold (only with foldMembers), or a provenance choice (1 to 100 items). */
export type ArgumentRule = { kind: "bounded"; max: number } | { kind: "entityId" } | { kind: "foldRoles" } | { kind: "provenance" };

/** The rules declared on each args class's own properties, by prototype. */
const RULES = new Map<object, Map<string, ArgumentRule>>();

function declare(prototype: object, property: string | symbol, rule: ArgumentRule): void {
  const own = RULES.get(prototype) ?? new Map<string, ArgumentRule>();
  own.set(String(property), rule);
  RULES.set(prototype, own);
}

/** The rules of an args object's arguments, its base classes' included. */
export function argumentRules(args: object): { name: string; rule: ArgumentRule }[] {
  const rules: { name: string; rule: ArgumentRule }[] = [];
  for (let proto: object | null = Object.getPrototypeOf(args); proto; proto = Object.getPrototypeOf(proto)) {
    for (const [name, rule] of RULES.get(proto) ?? []) rules.push({ name, rule });
  }
  return rules;
}

/** An Int argument from 1 to max: the bound is declared once, checked by validate() and stated in the description. */
export function Bounded(max: number, options: { defaultValue: number; description: string }): PropertyDecorator {
  return (prototype, property) => {
    Field(() => Int, { defaultValue: options.defaultValue, description: `${options.description} (1 to ${max}).` })(prototype, property);
    declare(prototype, property, { kind: "bounded", max });
  };
}

/** An ID argument that must name an entity (<label>:<slug>). */
function EntityId(description: string): PropertyDecorator {
  return (prototype, property) => {
    Field(() => ID, { description })(prototype, property);
    declare(prototype, property, { kind: "entityId" });
  };
}

@ArgsType()
export class SyntheticArgs {
  @Field(() => Boolean, { defaultValue: false, description: "Include synthetic (generated) data." })
  includeSynthetic!: boolean;
}

@ArgsType()
export class PeriodArgs extends SyntheticArgs {
  @Field(() => PartialDate, { nullable: true, description: FROM_DESCRIPTION })
  from?: string | null;

  @Field(() => PartialDate, { nullable: true, description: TO_DESCRIPTION })
  to?: string | null;
}

@ArgsType()
export class ProgrammePeriodArgs extends PeriodArgs {
  @Field(() => String, { nullable: true, description: "Only events of this programme (or its sub-programmes), by code." })
  programme?: string | null;
}

@ArgsType()
export class RelationshipTypesArgs extends SyntheticArgs {
  @Field(() => [RelationshipType], { nullable: true, description: "Only through these relationship types." })
  types?: RelationshipType[] | null;
}

/** The arguments every folding analysis shares (see Folding). */
export interface FoldArgs {
  foldMembers: boolean;
  foldRoles?: AffiliationRole[] | null;
}

/**
 * Adds foldMembers and foldRoles to an args class (a mixin, as Paged: the
 * analyses that rank or connect actors have different bases). Folding counts
 * an organization AFFILIATED_WITH a member as that member
 * (docs/data.md#one-actor-one-place); off by default, so an answer never
 * merges actors unless asked, and every answer says whether it did.
 */
function Folding<TBase extends ClassType<SyntheticArgs>>(Base: TBase) {
  @ArgsType()
  class FoldingArgs extends Base implements FoldArgs {
    @Field(() => Boolean, {
      defaultValue: false,
      description:
        "Count an organization AFFILIATED_WITH a member (its customs administration's headquarters or units, its government, " +
        "its country's agencies) as that member: its participations become the member's, and it is no longer an actor of its own. " +
        "The answer says it was folded and names the ties it used (uncertain ones included).",
    })
    foldMembers!: boolean;

    @Field(() => [ROLE_ENUMS.AffiliationRole], {
      nullable: true,
      description: "With foldMembers: fold only the ties of these roles (at least one). Left out: every role.",
    })
    foldRoles?: AffiliationRole[] | null;
  }
  declare(FoldingArgs.prototype, "foldRoles", { kind: "foldRoles" });
  return FoldingArgs;
}

/** At most this many ids in sources, and names in publishers. */
export const MAX_PROVENANCE_CHOICES = 100;

/**
 * Adds the provenance filters to an args class (a mixin, as Folding): only the
 * participations a chosen source states (by id, or through its publisher),
 * and only certain ones if asked (src/analysis/analysis.provenance.ts). Every
 * network-shaped analysis takes them; off by default.
 */
function Provenance<TBase extends ClassType<SyntheticArgs>>(Base: TBase) {
  @ArgsType()
  class ProvenanceArgs extends Base implements ProvenanceArgsLike {
    @Field(() => [ID], {
      nullable: true,
      description:
        "Only what these sources state (Source ids, e.g. source:wco-news-2019-06-03-kyoto; at most 100): a participation counts when one of " +
        "its sources is among them (or among the publishers' sources, when publishers is given too). Left out: every source.",
    })
    sources?: string[] | null;

    @Field(() => [String], {
      nullable: true,
      description:
        "Only what sources of these publishers state (Source.publisher, compared whole, case aside, e.g. \"World Customs Organization\"; " +
        "at most 100). With sources: what either chooses. Left out: every publisher.",
    })
    publishers?: string[] | null;

    @Field(() => Boolean, {
      defaultValue: false,
      description: "Leave out participations marked uncertain, and (with foldMembers) do not fold through an uncertain AFFILIATED_WITH tie.",
    })
    certainOnly!: boolean;
  }
  declare(ProvenanceArgs.prototype, "sources", { kind: "provenance" });
  declare(ProvenanceArgs.prototype, "publishers", { kind: "provenance" });
  return ProvenanceArgs;
}

/** Adds a page size `first` to an args class (type-graphql's mixin pattern): each query keeps its own default and maximum. */
function Paged<TBase extends ClassType<SyntheticArgs>>(Base: TBase, max: number, options: { defaultValue: number; description: string }) {
  @ArgsType()
  class PagedArgs extends Base {
    @Bounded(max, options)
    first!: number;
  }
  return PagedArgs;
}

@ArgsType()
export class MembersInProgrammesArgs extends Folding(PeriodArgs) {
  @Field(() => [String], { description: `Programme codes, e.g. ["PGS", "SALW"] (at most ${MAX_PROGRAMMES}).` })
  programmes!: string[];

  @Field(() => ProgrammeMatch, { defaultValue: ProgrammeMatch.ALL, description: "ALL: members active in every programme given (the default); ANY: in at least one." })
  match!: ProgrammeMatch;
}

@ArgsType()
export class CoParticipantsArgs extends Paged(Provenance(Folding(ProgrammePeriodArgs)), MAX_PARTNERS, { defaultValue: 10, description: "How many partners" }) {
  @EntityId("A Member or Organization id, e.g. member:jpn.")
  id!: string;

  @Bounded(MAX_EVENTS_PER_PARTNER, { defaultValue: 10, description: "Shared events listed per partner" })
  eventsPerPartner!: number;
}

@ArgsType()
export class PathArgs extends RelationshipTypesArgs {
  @EntityId("Where the path starts.")
  from!: string;

  @EntityId("Where the path ends.")
  to!: string;

  @Bounded(MAX_HOPS, { defaultValue: 4, description: "The longest path looked for, in relationships" })
  maxHops!: number;
}

@ArgsType()
export class SearchArgs extends Paged(SyntheticArgs, MAX_PAGE_SIZE, { defaultValue: 20, description: "How many hits" }) {
  @Field(() => String, { description: "Words to find (at most 200 characters)." })
  text!: string;

  @Field(() => [String], { nullable: true, description: "Only these labels, e.g. [\"Member\", \"Event\"]." })
  labels?: string[] | null;
}

@ArgsType()
export class TimelineArgs extends Paged(PeriodArgs, MAX_PAGE_SIZE, { defaultValue: 50, description: "How many entries" }) {
  @EntityId("The entity whose events are listed.")
  id!: string;
}

/** The filters of a cooperation network (cooperationNetwork, networkEvolution): which events, which actors, which facts, which edges. */
@ArgsType()
export class NetworkFilterArgs extends Provenance(Folding(ProgrammePeriodArgs)) {
  @Field(() => String, { nullable: true, description: `Only members of this region (both ends of an edge), by code: ${REGION_CODES.join(", ")}.` })
  region?: string | null;

  @Bounded(MAX_MIN_WEIGHT, { defaultValue: 1, description: "Fewest shared events an edge needs" })
  minWeight!: number;

  @Field(() => Boolean, { defaultValue: false, description: "Also organizations, not only members." })
  includeOrganizations!: boolean;
}

@ArgsType()
export class NetworkArgs extends NetworkFilterArgs {
  @Bounded(MAX_NETWORK_EDGES, { defaultValue: 500, description: "Most edges returned, heaviest first" })
  maxEdges!: number;
}

/** networkEvolution: the network's filters; minWeight applies to each year's weight. */
@ArgsType()
export class EvolutionArgs extends NetworkFilterArgs {}

/** cooperation(first): a page, as the cost model counts one (src/limits/limits.cost.ts). */
export const MAX_COOPERATION_EVENTS = MAX_PAGE_SIZE;

@ArgsType()
export class CooperationArgs extends Paged(Provenance(Folding(ProgrammePeriodArgs)), MAX_COOPERATION_EVENTS, {
  defaultValue: 50,
  description: "Shared events listed, oldest first",
}) {
  @Field(() => [ID], { description: "The two actors (Member or Organization ids), e.g. [\"member:jpn\", \"member:idn\"]." })
  between!: string[];
}

@ArgsType()
export class NeighbourhoodArgs extends RelationshipTypesArgs {
  @EntityId("The entity at the centre.")
  id!: string;

  @Bounded(MAX_NEIGHBOURHOOD_DEPTH, { defaultValue: 1, description: "Hops from the centre" })
  depth!: number;

  @Bounded(MAX_PER_LEVEL, { defaultValue: 25, description: "New entities kept per level, in id order" })
  limitPerLevel!: number;
}
