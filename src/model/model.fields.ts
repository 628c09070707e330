import { ROLE_VOCABULARIES, type RoleVocabulary } from "./model.enums.js";
import type { Label } from "./model.labels.js";
import { REL_TYPES, type Direction, type InTypes, type OutTypes, type RelType } from "./model.relationships.js";
import { enumOptions } from "./model.values.js";

/**
 * A relationship field of a label's GraphQL type: the relationships of the
 * given types in one direction from the entity, as a connection of edges.
 * The types are checked against the model: a type that cannot leave (out) or
 * reach (in) the label does not compile.
 */
export type RelationField<L extends Label> = { name: string; description: string; direction: Direction; single?: SingleField } & (
  | { direction: "out"; types: readonly OutTypes<L>[] }
  | { direction: "in"; types: readonly InTypes<L>[] }
);

/**
 * A one-to-one link also served as a plain field (Member.region: Region) next
 * to its connection: the entity at the other end, of the given label, without
 * the edge. Clients that only want "the region" should not page through edges.
 */
export interface SingleField {
  name: string;
  label: Label;
  description: string;
}

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
    { name: "participations", direction: "out", types: ["PARTICIPATED_IN"], description: "Events this member took part in, with its role (HOST, PARTICIPANT...; newest first)." },
    {
      name: "regionMemberships", direction: "out", types: ["IN_REGION"], description: "Its IN_REGION relationships, with their dates and sources (`region` is the current one).",
      single: { name: "region", label: "Region", description: "Its WCO region now: the IN_REGION relationship without an end date (the latest begun, if several)." },
    },
    { name: "officials", direction: "in", types: ["HOLDS_OFFICE"], description: "Officials holding an office at this administration." },
    { name: "fundings", direction: "out", types: ["FUNDED"], description: "Programmes and events it funded (FUNDED, with the amount where stated)." },
    { name: "affiliates", direction: "in", types: ["AFFILIATED_WITH"], description: "Organizations that belong to this member: its customs administration's headquarters and units, its country's government and agencies (role ADMINISTRATION, UNIT, GOVERNMENT, AGENCY)." },
    { name: "beneficiaryOf", direction: "out", types: ["BENEFICIARY_OF"], description: "Programmes and projects it is a beneficiary of." },
  ],
  Event: [
    { name: "participants", direction: "in", types: ["PARTICIPATED_IN"], description: "Members and organizations that took part, with their roles." },
    { name: "appearances", direction: "in", types: ["SPOKE_AT"], description: "Officials who opened, closed, spoke, presented, chaired, represented someone or only attended, with the role and topics." },
    { name: "programmes", direction: "out", types: ["ACTIVITY_OF", "ADDRESSED"], description: "Programmes this event was an activity of (ACTIVITY_OF) or addressed (ADDRESSED)." },
    { name: "funders", direction: "in", types: ["FUNDED"], description: "Who funded it (FUNDED). A funder also listed among the participants is in participants(role: FUNDER): a second fact, see docs/data.md." },
    { name: "marks", direction: "out", types: ["MARKED"], description: "Resolutions or programmes it marked (anniversary, conclusion...)." },
    { name: "venues", direction: "out", types: ["HELD_AT"], description: "Institutions where it was held." },
    { name: "parts", direction: "in", types: ["PART_OF"], description: "Sessions of this event (e.g. the lectures of a series)." },
    {
      name: "partOf", direction: "out", types: ["PART_OF"], description: "Its PART_OF relationship to the event it is a session of (`parent` is that event).",
      single: { name: "parent", label: "Event", description: "The event this one is a session of (e.g. its lecture series)." },
    },
  ],
  Programme: [
    { name: "activities", direction: "in", types: ["ACTIVITY_OF", "ADDRESSED"], description: "Events that were its activities or addressed it (directly; membersInProgrammes also counts sub-programmes)." },
    {
      name: "partOf", direction: "out", types: ["PART_OF"], description: "Its PART_OF relationship to the programme it belongs to, with dates and sources (`parent` is that programme).",
      single: { name: "parent", label: "Programme", description: "The programme it is part of now: the PART_OF relationship without an end date (the latest begun, if several)." },
    },
    { name: "subProgrammes", direction: "in", types: ["PART_OF"], description: "Its sub-programmes and projects." },
    { name: "partners", direction: "in", types: ["PARTNER_OF"], description: "Partner organizations, with founding partners marked by role." },
    { name: "funders", direction: "in", types: ["FUNDED"], description: "Who funds or funded it, with dates and amounts." },
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
    { name: "appearances", direction: "out", types: ["SPOKE_AT"], description: "Events where this official spoke, presented, chaired, represented someone or only attended, with the role (filter by role for speeches)." },
  ],
  Organization: [
    { name: "participations", direction: "out", types: ["PARTICIPATED_IN"], description: "Events it took part in, with its role (HOST, ORGANIZER, FUNDER, PARTNER...)." },
    { name: "officials", direction: "in", types: ["HOLDS_OFFICE"], description: "Officials holding an office here." },
    { name: "fundings", direction: "out", types: ["FUNDED"], description: "Programmes and events it funded (FUNDED, with the amount where stated)." },
    { name: "partnerships", direction: "out", types: ["PARTNER_OF"], description: "Programmes it is a (founding) partner of." },
    { name: "agreements", direction: "out", types: ["SIGNED"], description: "Agreements it signed with other organizations." },
    { name: "agreementsWith", direction: "in", types: ["SIGNED"], description: "Agreements other organizations signed with it (it is the counterpart)." },
    { name: "eventsHeldHere", direction: "in", types: ["HELD_AT"], description: "Events held at this institution as the venue (HELD_AT); events it hosted are participations(role: HOST)." },
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
  readonly single?: SingleField;
}

export function relationFields(label: Label): readonly AnyRelationField[] {
  return RELATION_FIELDS[label];
}

/** The role values a relationship type may carry, read from its property schema; undefined if it has no role. */
export function roleValues(type: RelType): readonly string[] | undefined {
  return enumOptions(REL_TYPES[type].props, "role");
}

/** The role vocabulary of a relationship type (ParticipationRole for PARTICIPATED_IN); undefined if it has no role. */
export function typeRoleVocabulary(type: RelType): RoleVocabulary | undefined {
  const values = roleValues(type);
  if (!values) return undefined;
  const name = (Object.keys(ROLE_VOCABULARIES) as RoleVocabulary[]).find((v) => sameSet(ROLE_VOCABULARIES[v], values));
  if (!name) throw new Error(`${type}'s roles (${values.join(", ")}) are not one of ROLE_VOCABULARIES`);
  return name;
}

/**
 * The role vocabulary a field's `role` filter takes: the one of its types that
 * carry a role. Undefined when none does (the field has no role filter). A
 * field mixing two vocabularies is a modelling error, thrown when the schema is built.
 */
export function roleVocabulary(field: AnyRelationField): RoleVocabulary | undefined {
  const found = new Set(field.types.map(typeRoleVocabulary).filter((v) => v !== undefined));
  if (found.size > 1) throw new Error(`relation field ${field.name} mixes the role vocabularies ${[...found].join(", ")}`);
  return [...found][0];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
