import { registerEnumType } from "type-graphql";
import { ROLE_VOCABULARIES, type RoleVocabulary } from "../model/model.enums.js";
import { roleValues, typeRoleVocabulary } from "../model/model.fields.js";
import { REL_TYPE_NAMES, REL_TYPES, type RelType } from "../model/model.relationships.js";
import { ROLE_DESCRIPTIONS } from "./role-descriptions.js";

/** The model's relationship types as a GraphQL enum: one value per type, described by the model. */
export const RelationshipType = Object.fromEntries(REL_TYPE_NAMES.map((t) => [t, t])) as { readonly [T in RelType]: T };
export type RelationshipType = RelType;

registerEnumType(RelationshipType, {
  name: "RelationshipType",
  description: "The relationship types of the graph (docs/data.md describes the model).",
  valuesConfig: Object.fromEntries(REL_TYPE_NAMES.map((t) => [t, { description: REL_TYPES[t].description }])),
});

/** Each role's meaning, then the relationship types that carry it. */
function roleValuesConfig(roles: string[]): Record<string, { description: string }> {
  return Object.fromEntries(roles.map((r) => [r, { description: `${ROLE_DESCRIPTIONS[r] ?? ""} On ${typesWithRole(r).join(", ")}.`.trim() }]));
}

const asEnum = (values: readonly string[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<string, string>;

/** Which relationship types carry each role value, for the enum descriptions. */
function typesWithRole(role: string): RelType[] {
  return REL_TYPE_NAMES.filter((t) => roleValues(t)?.includes(role));
}

/**
 * One GraphQL enum per role vocabulary (ParticipationRole, SpeakerRole,
 * PartnerRole): the type of the `role` filter of the fields whose
 * relationships carry that vocabulary, so GraphQL itself refuses a role the
 * field can never match.
 */
export const ROLE_ENUMS = Object.fromEntries(
  (Object.keys(ROLE_VOCABULARIES) as RoleVocabulary[]).map((name) => {
    const values = asEnum(ROLE_VOCABULARIES[name]);
    const types = REL_TYPE_NAMES.filter((t) => typeRoleVocabulary(t) === name);
    registerEnumType(values, { name, description: `The roles of ${types.join(", ")}.`, valuesConfig: roleValuesConfig(Object.keys(values)) });
    return [name, values];
  }),
) as Record<RoleVocabulary, Record<string, string>>;

/** Every role of every vocabulary: the type of an edge's role, whatever its relationship type. */
export const RelationshipRole = asEnum([...new Set(Object.values(ROLE_VOCABULARIES).flat())]);
registerEnumType(RelationshipRole, {
  name: "RelationshipRole",
  description: "The role a relationship states (every role vocabulary); the role filters take the narrower vocabulary of their relationship type (ParticipationRole, SpeakerRole...).",
  valuesConfig: roleValuesConfig(Object.keys(RelationshipRole)),
});
