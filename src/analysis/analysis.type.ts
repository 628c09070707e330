import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

export enum ProgrammeMatch {
  ALL = "ALL",
  ANY = "ANY",
}
registerEnumType(ProgrammeMatch, {
  name: "ProgrammeMatch",
  description: "ALL: the member took part in activities of every programme given. ANY: of at least one.",
});

/** Internal shape behind ProgrammeEvidence: ids, resolved by the entity loader. */
export interface EvidenceValue {
  code: string;
  programmeId: string;
  eventIds: string[];
}

export interface MembershipValue {
  memberId: string;
  evidence: EvidenceValue[];
}

@ObjectType({ description: "For one requested programme: the events (its own or its sub-programmes') the member took part in." })
export class ProgrammeEvidence {
  @Field(() => String, { description: "The programme code as requested." })
  code!: string;
}

@ObjectType({ description: "A member administration and the events that show its part in each requested programme." })
export class ProgrammeMembership {}

export interface CoParticipantValue {
  partnerId: string;
  sharedEventCount: number;
  eventIds: string[];
}

@ObjectType({ description: "Another member or organization that took part in the same events, and how often." })
export class CoParticipant {
  @Field(() => Int, { description: "How many events both took part in (any role)." })
  sharedEventCount!: number;
}
