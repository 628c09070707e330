import { GraphQLObjectType, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root, type ClassType } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import { ENTITY_TYPES } from "../entity/entity.types.js";
import type { GraphQLContext } from "../graphql/context.js";
import { selects } from "../graphql/selection.js";
import { relationFields, roleVocabulary, type AnyRelationField } from "../model/model.fields.js";
import { LABELS, type Label } from "../model/model.labels.js";
import { connectionRead, linkSpec, relationConnection, relationLink } from "./relation.fields.js";
import { pagesBelow } from "./relation.prefetch.js";
import { selectedEdgeProps, selectedNodeProps } from "./relation.selection.js";
import { LinkArgs, RelationArgs, RelationshipConnection, ROLE_ARGS } from "./relation.type.js";

type Method = (parent: EntityValue, args: RelationArgs & LinkArgs & { role?: string | null }, ctx: GraphQLContext, info: GraphQLResolveInfo) => unknown;

/** Each resolver class's fields and their methods, by the class's prototype. */
const METHODS = new Map<object, [string, Method][]>();

/**
 * Adds one field resolver to a class made from data. The decorators are
 * applied by hand because the methods are made from data; type-graphql reads
 * the same metadata as from written-out methods.
 */
function addField(target: object, name: string, method: Method, args: ClassType, type: () => ClassType, options: { description: string; nullable?: boolean }): void {
  METHODS.set(target, [...(METHODS.get(target) ?? []), [name, method]]);
  const descriptor = { value: method, writable: true, configurable: true };
  Object.defineProperty(target, name, descriptor);
  Root()(target, name, 0);
  Args(() => args)(target, name, 1);
  Ctx()(target, name, 2);
  Info()(target, name, 3);
  FieldResolver(type, options)(target, name, descriptor);
}

/**
 * What a field reads, worked out once per field of an operation rather than
 * once per parent: graphql-js hands every parent of one field the same
 * fieldNodes array (made anew for each execution), and the arguments come from
 * those nodes and the execution's variables, so the answer is the same for all
 * (a hundred members asking for their region in one nested request).
 */
function perField<A, T>(compute: (info: GraphQLResolveInfo, args: A, ctx: GraphQLContext) => T): (info: GraphQLResolveInfo, args: A, ctx: GraphQLContext) => T {
  const known = new WeakMap<readonly FieldNode[], T>();
  return (info, args, ctx) => {
    let value = known.get(info.fieldNodes);
    if (value === undefined) known.set(info.fieldNodes, (value = compute(info, args, ctx)));
    return value;
  };
}

/** A relation field's connection, its role filter typed by the vocabulary of its relationships (none if they carry no role). */
function addRelationField(target: object, field: AnyRelationField): void {
  const vocabulary = roleVocabulary(field);
  const readOf = perField((info, args: RelationArgs & { role?: string | null }, ctx) => ({
    // The total costs a count when a filter applies: only when the operation asks for it.
    read: connectionRead(field.direction, field.types, args, {
      withTotal: selects(info, ["totalCount"]),
      nodeProps: selectedNodeProps(info, ["edges", "node"]),
      edgeProps: selectedEdgeProps(info, ["edges"]),
    }),
    below: ctx.loaders.relations.chains ? pagesBelow(info, field) : undefined,
  }));
  const method: Method = (parent, args, ctx, info) => {
    const { read, below } = readOf(info, args, ctx);
    return relationConnection(ctx, parent, read, below);
  };
  addField(target, field.name, method, vocabulary ? ROLE_ARGS[vocabulary] : RelationArgs, () => RelationshipConnection, { description: field.description });
}

/** A one-to-one link's plain field (Member.region), beside its connection. */
function addSingleField(target: object, field: AnyRelationField): void {
  const single = field.single;
  if (!single) return;
  const specOf = perField((info, args: LinkArgs) => linkSpec(field.direction, field.types, args.includeSynthetic, selectedNodeProps(info, [])));
  const method: Method = (parent, args, ctx, info) => relationLink(ctx, parent, specOf(info, args, ctx), single.label);
  addField(target, single.name, method, LinkArgs, () => ENTITY_TYPES[single.label], { description: single.description, nullable: true });
}

/** The relationship fields of one label, built from the model's RELATION_FIELDS. */
function createRelationResolver(label: Label): ClassType {
  class RelationResolver {}
  Object.defineProperty(RelationResolver, "name", { value: `${label}RelationsResolver` });
  for (const field of relationFields(label)) {
    addRelationField(RelationResolver.prototype, field);
    addSingleField(RelationResolver.prototype, field);
  }
  Resolver(() => ENTITY_TYPES[label])(RelationResolver);
  return RelationResolver;
}

const LABELS_WITH_RELATIONS = LABELS.filter((l) => relationFields(l).length > 0);

/** One relation resolver class per label that has relationship fields. */
export const RELATION_RESOLVERS: readonly ClassType[] = LABELS_WITH_RELATIONS.map((l) => createRelationResolver(l));

/**
 * Has graphql-js call the relation fields' methods itself, with the arguments
 * it has already coerced, once type-graphql has built the schema (their types,
 * arguments and descriptions) from the classes above. type-graphql's own
 * resolver validates arguments in an async function whatever the settings, so
 * every call of a field with arguments became a promise: a hundred members'
 * regions in a nested page meant a hundred promises, and graphql-js built one
 * more for each member holding one. The methods take no class instance, no
 * middleware and no roles, so nothing type-graphql would add is left out.
 */
export function resolveRelationFieldsDirectly(schema: GraphQLSchema): void {
  LABELS_WITH_RELATIONS.forEach((label, i) => {
    const type = schema.getType(label);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`the schema has no object type ${label}`);
    const fields = type.getFields();
    for (const [name, method] of METHODS.get(RELATION_RESOLVERS[i]!.prototype as object) ?? []) {
      const field = fields[name];
      if (!field) throw new Error(`the schema has no field ${label}.${name}`);
      field.resolve = method as GraphQLFieldResolver<unknown, GraphQLContext>;
    }
  });
}
