import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { RelationshipType, ROLE_ENUMS } from "../graphql/model.enums.js";
import type { AffiliationRole } from "../model/model.enums.js";
import { PartialDate } from "../graphql/scalars.js";

/** The GraphQL object types of the analyses; the values behind them are in analysis.model.ts. */

export enum ProgrammeMatch {
  ALL = "ALL",
  ANY = "ANY",
}
registerEnumType(ProgrammeMatch, {
  name: "ProgrammeMatch",
  description: "ALL: the member took part in activities of every programme given. ANY: of at least one.",
  valuesConfig: {
    ALL: { description: "Every programme given." },
    ANY: { description: "At least one of the programmes given." },
  },
});

@ObjectType({
  description:
    "An AFFILIATED_WITH tie a folded answer used: the organization's participations were counted as the member's. " +
    "An uncertain tie is one no source states (uncertainty says what is missing).",
})
export class AffiliationUsed {
  @Field(() => ROLE_ENUMS.AffiliationRole, { description: "ADMINISTRATION, UNIT, AGENCY or GOVERNMENT." })
  role!: AffiliationRole;

  @Field(() => Boolean, { description: "True when no source states the tie." })
  uncertain!: boolean;

  @Field(() => String, { nullable: true, description: "What about the tie is unconfirmed; null when it is stated." })
  uncertainty!: string | null;
}

@ObjectType({ description: "Events a member took part in through one of its affiliates (a folded answer)." })
export class AffiliateEvidence {
  @Field(() => AffiliationUsed, { description: "The tie through which the member took part." })
  affiliation!: AffiliationUsed;
}

@ObjectType({ description: "For one requested programme: the events (its own or its sub-programmes') the member took part in." })
export class ProgrammeEvidence {
  @Field(() => String, { description: "The programme code as requested." })
  code!: string;

  @Field(() => [AffiliateEvidence], {
    description:
      "Folded answers only: each affiliate that took part in some of these events, with those events (the member may " +
      "have taken part in some of them itself), by organization id. Empty when nothing was folded.",
  })
  throughAffiliates!: AffiliateEvidence[];
}

@ObjectType({ description: "A member administration and the events that show its part in each requested programme." })
export class ProgrammeMembership {
  @Field(() => Boolean, { description: "Whether foldMembers was asked: the member's affiliates' participations count as its own." })
  foldedMembers!: boolean;
}

@ObjectType({ description: "Another member or organization that took part in the same events, and how often." })
export class CoParticipant {
  @Field(() => Int, { description: "How many events both took part in (any role)." })
  sharedEventCount!: number;

  @Field(() => Boolean, { description: "Whether foldMembers was asked: the partner and the actor asked about each stand for their member, affiliates included." })
  foldedMembers!: boolean;

  @Field(() => [AffiliationUsed], {
    description:
      "The ties this row used (folded answers only): affiliates of the partner, or of the actor asked about, that took part " +
      "in at least one shared event, counted as their member; by member id, then organization id. Empty when nothing was folded.",
  })
  via!: AffiliationUsed[];
}

@ObjectType({ description: "One relationship on a path, in its own direction (from -> to), with its provenance." })
export class PathStep {
  @Field(() => RelationshipType, { description: "The relationship's type, e.g. PARTICIPATED_IN." })
  type!: RelationshipType;

  @Field(() => String, { description: "Id of the relationship's start node." })
  from!: string;

  @Field(() => String, { description: "Id of the relationship's end node." })
  to!: string;

  @Field(() => String, { nullable: true, description: "The role it states (HOST, KEYNOTE, FOUNDING_PARTNER...); null when its type carries none." })
  role!: string | null;

  @Field(() => String, { nullable: true, description: "For HOLDS_OFFICE and SIGNED." })
  title!: string | null;

  @Field(() => [String], { description: "Ids of the sources that state this relationship." })
  sources!: string[];

  @Field(() => Boolean, { description: "True when the sources leave this relationship unconfirmed; see uncertainty." })
  uncertain!: boolean;

  @Field(() => String, { nullable: true, description: "What exactly is unconfirmed; null when uncertain is false." })
  uncertainty!: string | null;
}

@ObjectType({ description: "A shortest path: its entities in order, and the relationships between them." })
export class Path {
  @Field(() => Int, { description: "Number of relationships." })
  length!: number;

  @Field(() => [PathStep], { description: "The relationships in path order: steps[i] joins nodes[i] and nodes[i + 1], in either direction." })
  steps!: PathStep[];
}

@ObjectType({ description: "A field of a search hit that holds words of the query." })
export class SearchMatch {
  @Field(() => String, { description: "The property: title, name, outcomes, topics, theme, note, description, delegatesScope..." })
  field!: string;

  @Field(() => String, { description: "The matching value (for a list, its item with the most query words), cut around the first match when long (… marks a cut)." })
  snippet!: string;

  @Field(() => [String], { description: "The query words found in the field, lower-cased as the text has them (a prefix gives the whole word)." })
  words!: string[];
}

@ObjectType({ description: "A full-text search result." })
export class SearchHit {
  @Field(() => Float, { description: "Lucene relevance; higher is better." })
  score!: number;

  @Field(() => [SearchMatch], { description: "Which of the hit's fields hold the query words, in the order of the model's searchable properties." })
  matches!: SearchMatch[];
}

@ObjectType({ description: "One event in an entity's timeline, and how the entity is tied to it." })
export class TimelineEntry {
  @Field(() => PartialDate, { nullable: true, description: "The event's start date, as precise as the source gives it." })
  date!: string | null;

  @Field(() => RelationshipType, { description: "PARTICIPATED_IN, SPOKE_AT, FUNDED, ACTIVITY_OF, ADDRESSED, MARKED or HELD_AT." })
  relation!: RelationshipType;

  @Field(() => String, { nullable: true, description: "The role (HOST, KEYNOTE...), or VIA_SUB_PROGRAMME for a programme's sub-programme activity." })
  role!: string | null;
}

@ObjectType({ description: "Shared events that started in one year." })
export class YearWeight {
  @Field(() => Int, { description: "The year the events started." })
  year!: number;

  @Field(() => Int, { description: "How many shared events started that year." })
  weight!: number;
}

const FIRST_DATE = "The start of the earliest shared event (as precise as its date); null when none is dated.";
const LAST_DATE = "The end of the latest shared event (its endDate, else its startDate; the latest by the interval it names); null when none is dated.";
const WEIGHT_BY_YEAR =
  "Shared events per year they started, oldest year first, years without one left out. Undated events have no year: they count in " +
  "weight and undatedWeight only, so the weights here add up to weight - undatedWeight.";
const UNDATED_WEIGHT = "Shared events without a date (counted only when no period is asked, as periods leave undated events out).";

@ObjectType({
  description:
    "A weighted edge: two actors, the number of events they shared, when (first and last date, weight per year), and the sources behind it.",
})
export class NetworkEdge {
  @Field(() => String, { description: "The end with the smaller id." })
  source!: string;

  @Field(() => String, { description: "The end with the greater id." })
  target!: string;

  @Field(() => Int, { description: "Events both took part in." })
  weight!: number;

  @Field(() => PartialDate, { nullable: true, description: FIRST_DATE })
  firstDate!: string | null;

  @Field(() => PartialDate, { nullable: true, description: LAST_DATE })
  lastDate!: string | null;

  @Field(() => [YearWeight], { description: WEIGHT_BY_YEAR })
  weightByYear!: YearWeight[];

  @Field(() => Int, { description: UNDATED_WEIGHT })
  undatedWeight!: number;

  @Field(() => [ID], {
    description:
      "Ids of the sources behind the weight: those that state either end's participation in a shared event (only the chosen ones when " +
      "sources or publishers is given), in id order. nodes(ids:) gives the Source entities.",
  })
  sources!: string[];
}

@ObjectType({
  description:
    "One year of a cooperation network (networkEvolution): the network of the events that started that year, with the request's filters. " +
    "A pair is an edge of the year when it shared at least minWeight events starting that year.",
})
export class NetworkYear {
  @Field(() => Int, { description: "The year." })
  year!: number;

  @Field(() => Int, { description: "Actors with at least one edge this year." })
  nodes!: number;

  @Field(() => Int, { description: "Edges this year." })
  edges!: number;

  @Field(() => Float, { description: "edges / (nodes (nodes - 1) / 2): the share of possible pairs that cooperated; 0 with fewer than two nodes." })
  density!: number;

  @Field(() => Int, { description: "Edges this year that are an edge of no earlier year of the answer." })
  newEdges!: number;

  @Field(() => Int, { description: "Edges of the year before that are no edge this year (0 for the first year of the answer)." })
  lostEdges!: number;
}

@ObjectType({ description: "One participation in a shared event: who took part, for which actor of the answer, in what role, on whose word." })
export class SharedParticipation {
  @Field(() => ID, { description: "The actor of the answer this participation counts for (with foldMembers, the member)." })
  actorId!: string;

  @Field(() => ID, { description: "Who took part: the actor itself or, with foldMembers, one of its member's affiliates." })
  participantId!: string;

  @Field(() => ROLE_ENUMS.ParticipationRole, { description: "The role it took part in (HOST, PARTICIPANT, FUNDER...)." })
  role!: string;

  @Field(() => Boolean, { description: "True when the sources leave this participation unconfirmed." })
  uncertain!: boolean;

  @Field(() => [ID], { description: "Ids of the sources that state it (only the chosen ones when sources or publishers is given), in id order." })
  sources!: string[];
}

@ObjectType({ description: "An event two actors both took part in, with each one's participations." })
export class SharedEvent {
  @Field(() => [SharedParticipation], { description: "The first actor's participations, then the second's (each by participant id)." })
  participations!: SharedParticipation[];
}

@ObjectType({
  description:
    "Two actors' cooperation: the events both took part in, since when (firstDate), until when (lastDate), how much per year, and on whose word.",
})
export class Cooperation {
  @Field(() => [ID], {
    description: "The two actors, in the order asked; with foldMembers, an organization asked about is replaced by the member it is folded into.",
  })
  actorIds!: string[];

  @Field(() => Int, { description: "Events both took part in." })
  weight!: number;

  @Field(() => PartialDate, { nullable: true, description: FIRST_DATE })
  firstDate!: string | null;

  @Field(() => PartialDate, { nullable: true, description: LAST_DATE })
  lastDate!: string | null;

  @Field(() => [YearWeight], { description: WEIGHT_BY_YEAR })
  weightByYear!: YearWeight[];

  @Field(() => Int, { description: UNDATED_WEIGHT })
  undatedWeight!: number;

  @Field(() => [ID], { description: "Ids of the sources of every participation listed over all shared events (only the chosen ones when filtered), in id order." })
  sources!: string[];

  @Field(() => [SharedEvent], { description: "The shared events, oldest first (undated last, ties by id), up to first." })
  sharedEvents!: SharedEvent[];

  @Field(() => Boolean, { description: "Whether foldMembers was asked." })
  foldedMembers!: boolean;

  @Field(() => [AffiliationUsed], { description: "The ties used (folded answers only): affiliates whose participations count for an actor, by member id, then organization id." })
  via!: AffiliationUsed[];
}

@ObjectType({ description: "An actor of the network: its degree (edges) and strength (sum of edge weights), in the whole filtered network and in the edges kept." })
export class NetworkNode {
  // Named entityId, not id: a normalising cache (Apollo Client, urql) takes any object with an id for that entity
  // and merges this network's figures into every other answer about it (docs/dashboards.md).
  @Field(() => ID, { name: "entityId", description: "Id of the member or organization (node gives the entity itself)." })
  id!: string;

  @Field(() => Int, { description: "Edges in the whole filtered network, kept or not." })
  degree!: number;

  @Field(() => Int, { description: "Sum of the weights of its edges in the whole filtered network, kept or not." })
  strength!: number;

  @Field(() => Int, { description: "Edges among those returned (equals degree unless the network is truncated)." })
  keptDegree!: number;

  @Field(() => Int, { description: "Sum of the weights of its returned edges." })
  keptStrength!: number;

  @Field(() => [AffiliationUsed], {
    description: "The organizations folded into this member (folded networks only): its affiliates whose participations count in its edges of the whole filtered network, by organization id.",
  })
  via!: AffiliationUsed[];
}

@ObjectType({
  description:
    "A co-participation network, ready to draw (nodes and weighted edges). When the filtered network has more than " +
    "maxEdges edges, the heaviest are kept (ties: source id, then target id, in string order), truncated is true, and " +
    "totalEdges and totalNodes give the whole network's size.",
})
export class Network {
  @Field(() => [NetworkNode], { description: "The ends of the kept edges, strongest (in the whole network) first, ties by id." })
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge], { description: "Heaviest first; ties by source id, then target id." })
  edges!: NetworkEdge[];

  @Field(() => Boolean, { description: "Whether edges were left out (totalEdges > maxEdges)." })
  truncated!: boolean;

  @Field(() => Int, { description: "Edges of the whole filtered network (at least minWeight), kept or not." })
  totalEdges!: number;

  @Field(() => Int, { description: "Actors of the whole filtered network: nodes lists only those with a kept edge." })
  totalNodes!: number;

  @Field(() => Boolean, { description: "Whether foldMembers was asked: affiliates are counted as their members (each node's via names them)." })
  foldedMembers!: boolean;
}

@ObjectType({ description: "An entity of a neighbourhood and its distance (in relationships) from the centre." })
export class NeighbourNode {
  // Named entityId, not id: a normalising cache (Apollo Client, urql) takes any object with an id for that entity
  // and merges this network's figures into every other answer about it (docs/dashboards.md).
  @Field(() => ID, { name: "entityId", description: "Id of the entity (node gives the entity itself)." })
  id!: string;

  @Field(() => Int, { description: "0 for the centre, then 1 to depth." })
  level!: number;
}

@ObjectType({ description: "The entities around one entity and every relationship among them." })
export class Neighbourhood {
  @Field(() => [NeighbourNode], { description: "By level, then id." })
  nodes!: NeighbourNode[];

  @Field(() => [PathStep], { description: "Every relationship between two entities of nodes, each once, in its own direction." })
  relationships!: PathStep[];
}
