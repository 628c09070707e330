import type { Label } from "./model.labels.js";
import type { Direction, InTypes, OutTypes, RelType } from "./model.relationships.js";

/**
 * A relationship field of a label's GraphQL type: the relationships of the
 * given types in one direction from the entity, as a connection of edges.
 * The types are checked against the model: a type that cannot leave (out) or
 * reach (in) the label does not compile.
 */
export type RelationField<L extends Label> = { name: string; description: string; direction: Direction } & (
  | { direction: "out"; types: readonly OutTypes<L>[] }
  | { direction: "in"; types: readonly InTypes<L>[] }
);

/**
 * Every relationship field of every label. The GraphQL resolvers are built
 * from this table, and a test checks that every relationship type has a field
 * on each label at either of its ends.
 */
export const RELATION_FIELDS = {
  Source: [],
  Region: [
    { name: "members", direction: "in", types: ["IN_REGION"], description: "Member administrations of this region." },
  ],
  Member: [
    { name: "participations", direction: "out", types: ["PARTICIPATED_IN"], description: "Events this member took part in, with its role (newest first)." },
    { name: "region", direction: "out", types: ["IN_REGION"], description: "Its WCO region." },
    { name: "officials", direction: "in", types: ["HOLDS_OFFICE"], description: "Officials holding an office at this administration." },
    { name: "fundings", direction: "out", types: ["FUNDED"], description: "Programmes and events it funded." },
    { name: "affiliates", direction: "in", types: ["AFFILIATED_WITH"], description: "Organizations that belong to this member: its customs administration's headquarters and units, its country's government and agencies (role ADMINISTRATION, UNIT, GOVERNMENT, AGENCY)." },
    { name: "beneficiaryOf", direction: "out", types: ["BENEFICIARY_OF"], description: "Programmes and projects it is a beneficiary of." },
  ],
  Event: [
    { name: "participants", direction: "in", types: ["PARTICIPATED_IN"], description: "Members and organizations that took part, with their roles." },
    { name: "speakers", direction: "in", types: ["SPOKE_AT"], description: "Officials who opened, closed, spoke or represented." },
    { name: "programmes", direction: "out", types: ["ACTIVITY_OF", "ADDRESSED"], description: "Programmes this event was an activity of (ACTIVITY_OF) or addressed (ADDRESSED)." },
    { name: "funders", direction: "in", types: ["FUNDED"], description: "Who funded it." },
    { name: "marks", direction: "out", types: ["MARKED"], description: "Resolutions or programmes it marked (anniversary, conclusion...)." },
    { name: "venues", direction: "out", types: ["HELD_AT"], description: "Institutions where it was held." },
    { name: "parts", direction: "in", types: ["PART_OF"], description: "Sessions of this event (e.g. the lectures of a series)." },
    { name: "partOf", direction: "out", types: ["PART_OF"], description: "The event this one is a session of." },
  ],
  Programme: [
    { name: "activities", direction: "in", types: ["ACTIVITY_OF", "ADDRESSED"], description: "Events that were its activities or addressed it (directly; membersInProgrammes also counts sub-programmes)." },
    { name: "parent", direction: "out", types: ["PART_OF"], description: "The programme it is part of." },
    { name: "subProgrammes", direction: "in", types: ["PART_OF"], description: "Its sub-programmes and projects." },
    { name: "partners", direction: "in", types: ["PARTNER_OF"], description: "Partner organizations, with founding partners marked by role." },
    { name: "funders", direction: "in", types: ["FUNDED"], description: "Who funds or funded it, with dates." },
    { name: "markedBy", direction: "in", types: ["MARKED"], description: "Events that marked it (launch, conclusion...)." },
    { name: "beneficiaries", direction: "in", types: ["BENEFICIARY_OF"], description: "Member administrations it benefits, where the sources name them." },
    { name: "basedOn", direction: "out", types: ["BASED_ON"], description: "Instruments it builds on, follows up or implements (the role says which)." },
    { name: "namedBy", direction: "in", types: ["REFERS_TO"], description: "Instruments that name it." },
  ],
  Resolution: [
    { name: "adoptedBy", direction: "out", types: ["ADOPTED_BY"], description: "The body that adopted it." },
    { name: "markedBy", direction: "in", types: ["MARKED"], description: "Events that marked it (e.g. anniversaries)." },
    { name: "references", direction: "out", types: ["REFERS_TO"], description: "Earlier instruments it recalls or revises, and programmes it names (the role says which)." },
    { name: "referredToBy", direction: "in", types: ["REFERS_TO"], description: "Later instruments that recall or revise it." },
    { name: "programmesBasedOn", direction: "in", types: ["BASED_ON"], description: "Programmes that build on, follow up or implement it." },
  ],
  Person: [
    { name: "offices", direction: "out", types: ["HOLDS_OFFICE"], description: "Offices held, with titles and dates." },
    { name: "speeches", direction: "out", types: ["SPOKE_AT"], description: "Events where this official spoke, with the role." },
  ],
  Organization: [
    { name: "participations", direction: "out", types: ["PARTICIPATED_IN"], description: "Events it took part in, with its role (host, organizer, funder, partner...)." },
    { name: "officials", direction: "in", types: ["HOLDS_OFFICE"], description: "Officials holding an office here." },
    { name: "fundings", direction: "out", types: ["FUNDED"], description: "Programmes and events it funded." },
    { name: "partnerships", direction: "out", types: ["PARTNER_OF"], description: "Programmes it is a (founding) partner of." },
    { name: "agreements", direction: "out", types: ["SIGNED"], description: "Agreements it signed with other organizations." },
    { name: "agreementsWith", direction: "in", types: ["SIGNED"], description: "Agreements other organizations signed with it (it is the counterpart)." },
    { name: "hostedEvents", direction: "in", types: ["HELD_AT"], description: "Events held at this institution." },
    { name: "adoptedResolutions", direction: "in", types: ["ADOPTED_BY"], description: "Resolutions it adopted." },
    { name: "affiliations", direction: "out", types: ["AFFILIATED_WITH"], description: "The member it belongs to, with the role: ADMINISTRATION, UNIT, AGENCY or GOVERNMENT." },
  ],
} as const satisfies { [L in Label]: readonly RelationField<L>[] };

/** A relation field seen without its label: what code that serves any label works with. */
export interface AnyRelationField {
  readonly name: string;
  readonly description: string;
  readonly direction: Direction;
  readonly types: readonly RelType[];
}

export function relationFields(label: Label): readonly AnyRelationField[] {
  return RELATION_FIELDS[label];
}
