import { isAbstractType, type GraphQLSchema } from "graphql";
import { Field, ID, InterfaceType, ObjectType } from "type-graphql";
import type { EntityValue } from "./entity.model.js";

const byTypename = (value: EntityValue) => value.__typename;

/** Each abstract type of the schema and how its values name their type. */
const TYPE_RESOLVERS: ReadonlyMap<string, (value: EntityValue) => string> = new Map([
  ["Node", byTypename],
  ["Entity", byTypename],
]);

/**
 * type-graphql wraps every resolveType in an async function, so each entity
 * of an interface field became a promise graphql-js waited for (a three-level
 * nested read resolves over a hundred). Ours are synchronous: they are set
 * back after buildSchema. An abstract type not listed here fails the build.
 */
export function resolveTypesDirectly(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    const resolve = TYPE_RESOLVERS.get(type.name);
    if (!resolve) throw new Error(`the abstract type ${type.name} has no resolver in TYPE_RESOLVERS (src/entity/entity.type.ts)`);
    type.resolveType = resolve;
  }
}

@InterfaceType({ description: "An object with a stable, readable id (Relay Node), e.g. member:jpn.", resolveType: byTypename })
export abstract class Node {
  @Field(() => ID, { description: "The stable, readable id: the label's prefix and a slug, e.g. member:jpn, event:2015-03-23-wco-enforcement-committee. A normalising cache (Apollo Client, urql) can key on __typename and id." })
  id!: string;
}

@ObjectType({ description: "Another value for one property, stated by other sources than the record's main value." })
export class Alternative {
  @Field(() => String, { description: "The property this value is for, e.g. delegates." })
  prop!: string;

  @Field(() => String, { description: "The value as the other sources state it." })
  value!: string;

  @Field(() => String, { nullable: true, description: "For counts: exactly, over, more_than, at_least, about, up_to." })
  qualifier!: string | null;

  @Field(() => String, { nullable: true, description: "For counts: what this source says it counts, where that differs from the main value's scope." })
  scope!: string | null;

  @Field(() => [ID], { description: "Ids of the sources that state this value; resolve them with nodes(ids)." })
  sources!: string[];
}

@InterfaceType({
  implements: Node,
  resolveType: byTypename,
  description: "A node of the knowledge graph, with its provenance: the sources that state it, and what is uncertain.",
})
export abstract class Entity extends Node {
  @Field(() => Boolean, { description: "True for generated data (npm run generate): never a fact." })
  synthetic!: boolean;

  @Field(() => Boolean, { description: "True when the sources leave this unconfirmed; see uncertainty." })
  uncertain!: boolean;

  @Field(() => String, { nullable: true, description: "What exactly is unconfirmed." })
  uncertainty!: string | null;

  @Field(() => String, { nullable: true, description: "A remark of the editors about this record (how a source was read, what was reconciled); null when there is none." })
  note!: string | null;

  @Field(() => [Alternative], { description: "Values other sources give for some properties." })
  alternatives!: Alternative[];
}
