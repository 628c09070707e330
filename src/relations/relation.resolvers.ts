import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import { ENTITY_TYPES } from "../entity/entity.types.js";
import type { GraphQLContext } from "../graphql/context.js";
import { relationFields } from "../model/model.fields.js";
import { LABELS, type Label } from "../model/model.labels.js";
import { relationConnection, type RelationConnectionValue } from "./relation.fields.js";
import { RelationArgs, RelationshipConnection } from "./relation.type.js";

type RelationMethod = (parent: EntityValue, args: RelationArgs, ctx: GraphQLContext) => Promise<RelationConnectionValue>;

/**
 * The relationship fields of one label, built from the model's RELATION_FIELDS:
 * one field resolver per entry, each a page of that entity's relationships.
 * The decorators are applied by hand because the methods are made from data;
 * type-graphql reads the same metadata as from written-out methods.
 */
function createRelationResolver(label: Label): ClassType {
  class RelationResolver {}
  Object.defineProperty(RelationResolver, "name", { value: `${label}RelationsResolver` });
  for (const field of relationFields(label)) {
    const method: RelationMethod = (parent, args, ctx) => relationConnection(ctx, parent, field.direction, field.types, args);
    const descriptor = { value: method, writable: true, configurable: true };
    Object.defineProperty(RelationResolver.prototype, field.name, descriptor);
    Root()(RelationResolver.prototype, field.name, 0);
    Args(() => RelationArgs)(RelationResolver.prototype, field.name, 1);
    Ctx()(RelationResolver.prototype, field.name, 2);
    FieldResolver(() => RelationshipConnection, { description: field.description })(RelationResolver.prototype, field.name, descriptor);
  }
  Resolver(() => ENTITY_TYPES[label])(RelationResolver);
  return RelationResolver;
}

/** One relation resolver class per label that has relationship fields. */
export const RELATION_RESOLVERS: readonly ClassType[] = LABELS.filter((l) => relationFields(l).length > 0).map((l) => createRelationResolver(l));
