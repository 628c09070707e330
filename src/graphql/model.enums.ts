import { registerEnumType } from "type-graphql";
import { REL_TYPE_NAMES, REL_TYPES, type RelType } from "../model/model.relationships.js";

/** The model's relationship types as a GraphQL enum: one value per type, described by the model. */
export const RelationshipType = Object.fromEntries(REL_TYPE_NAMES.map((t) => [t, t])) as { readonly [T in RelType]: T };
export type RelationshipType = RelType;

registerEnumType(RelationshipType, {
  name: "RelationshipType",
  description: "The relationship types of the graph (docs/data.md describes the model).",
  valuesConfig: Object.fromEntries(REL_TYPE_NAMES.map((t) => [t, { description: REL_TYPES[t].description }])),
});
