import type { EntityValue } from "../entity/entity.model.js";
import type { AffiliationRole } from "../model/model.enums.js";
import type { RelType as RelationshipType } from "../model/model.relationships.js";
import type { SearchMatchValue } from "./analysis.lucene.js";
import type { NetworkFilter } from "./analysis.repository.js";

/**
 * The values the analysis resolvers return: the GraphQL types' own fields, and
 * ids where a field resolver hands out an entity (read through the request's
 * entity loader). The repository maps its rows to these.
 */

/** What a statement answered, with the entities it read along the way (to prime the request's entity loader). */
export interface Named<T> {
  value: T;
  entities: EntityValue[];
}

/** Behind AffiliationUsed: an AFFILIATED_WITH tie a folded answer used. */
export interface AffiliationValue {
  organizationId: string;
  memberId: string;
  role: AffiliationRole;
  uncertain: boolean;
  uncertainty: string | null;
}

/** Behind AffiliateEvidence: the events a member reached through one affiliate. */
export interface AffiliateEvidenceValue {
  affiliation: AffiliationValue;
  eventIds: string[];
}

/** Behind ProgrammeEvidence. */
export interface EvidenceValue {
  code: string;
  programmeId: string;
  eventIds: string[];
  throughAffiliates: AffiliateEvidenceValue[];
}

/** Behind ProgrammeMembership. */
export interface MembershipValue {
  memberId: string;
  evidence: EvidenceValue[];
  foldedMembers: boolean;
}

/** Behind CoParticipant. */
export interface CoParticipantValue {
  partnerId: string;
  sharedEventCount: number;
  eventIds: string[];
  foldedMembers: boolean;
  via: AffiliationValue[];
}

/** Behind PathStep: one relationship, in its own direction. */
export interface PathStepValue {
  type: RelationshipType;
  from: string;
  to: string;
  role: string | null;
  title: string | null;
  sources: string[];
  uncertain: boolean;
  uncertainty: string | null;
}

/** Behind Path. */
export interface PathValue {
  nodeIds: string[];
  steps: PathStepValue[];
  length: number;
}

/** Behind SearchHit. */
export interface SearchHitValue {
  score: number;
  entity: EntityValue;
  /** The hit's fields that hold query words (analysis.lucene.ts). */
  matches: SearchMatchValue[];
}

/** Behind TimelineEntry. */
export interface TimelineValue {
  eventId: string;
  date: string | null;
  relation: RelationshipType;
  role: string | null;
}

/** Behind YearWeight: shared events starting in a year. */
export interface YearWeightValue {
  year: number;
  weight: number;
}

/**
 * The time and provenance of a tie between two actors (a network edge, a
 * cooperation): its shared events' first start and last end, its weight per
 * start year (undated events apart), and the sources behind its weight.
 */
export interface TieHistoryValue {
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
  weightByYear: YearWeightValue[];
  undatedWeight: number;
  sources: string[];
}

/** Behind NetworkEdge. */
export interface NetworkEdgeValue extends TieHistoryValue {
  source: string;
  target: string;
}

/** Behind NetworkNode: degree and strength in the whole filtered network, and in its kept edges. */
export interface NetworkNodeValue {
  id: string;
  degree: number;
  strength: number;
  keptDegree: number;
  keptStrength: number;
  via: AffiliationValue[];
  /** The filter of its network: src/network computes the node's metrics on that whole network. */
  filter?: NetworkFilter;
}

/** Behind Network. */
export interface NetworkValue {
  nodes: NetworkNodeValue[];
  edges: NetworkEdgeValue[];
  truncated: boolean;
  totalEdges: number;
  totalNodes: number;
  foldedMembers: boolean;
  /** The checked filter it was read with: src/network computes the network's metrics on it. */
  filter?: NetworkFilter;
}

/** Behind NeighbourNode. */
export interface NeighbourValue {
  id: string;
  level: number;
}

/** Behind Neighbourhood. */
export interface NeighbourhoodValue {
  nodes: NeighbourValue[];
  relationships: PathStepValue[];
}

/** Behind NetworkYear: one year of networkEvolution. */
export interface NetworkYearValue {
  year: number;
  nodes: number;
  edges: number;
  density: number;
  newEdges: number;
  lostEdges: number;
}

/** Behind SharedParticipation: one participation of one side in a shared event. */
export interface SharedParticipationValue {
  /** The actor of the answer it counts for (the folded member, with foldMembers). */
  actorId: string;
  participantId: string;
  role: string;
  uncertain: boolean;
  sources: string[];
}

/** Behind SharedEvent. */
export interface SharedEventValue {
  eventId: string;
  participations: SharedParticipationValue[];
}

/** Behind Cooperation. */
export interface CooperationValue extends TieHistoryValue {
  actorIds: string[];
  sharedEvents: SharedEventValue[];
  foldedMembers: boolean;
  via: AffiliationValue[];
}
