import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { BadUserInputError } from "../errors/errors.js";
import type { GraphQLContext } from "../graphql/context.js";
import { ID_PATTERN } from "../model/model.values.js";
import { Source } from "../source/source.type.js";
import type { EntityValue } from "./entity.model.js";
import { Entity, Node } from "./entity.type.js";
import { MAX_IDS } from "../graphql/page-size.js";
import { rootedRead } from "../relations/relation.prefetch.js";

export function checkEntityId(id: string): string {
  if (id.length > 200 || !ID_PATTERN.test(id)) {
    throw new BadUserInputError(`${JSON.stringify(id.slice(0, 200))} is not an entity id (expected <label>:<slug>, e.g. member:jpn)`, { argument: "id" });
  }
  return id;
}

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Node, { nullable: true, description: "Any entity by its id (Relay). Null when no entity has this id." })
  node(@Arg("id", () => ID, { description: "An entity id, e.g. member:jpn or source:<slug>." }) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<EntityValue | null> {
    const checked = checkEntityId(id);
    // Read with the page its selection asks for, and those below, in one statement when they make a rooted shape.
    const rooted = ctx.loaders.relations.chains ? rootedRead(info, checked) : undefined;
    return rooted ? ctx.loaders.relations.loadRooted(checked, rooted, ctx.loaders.entity) : ctx.loaders.entity.load(checked);
  }

  @Query(() => [Node], { nullable: "items", description: `Entities by id, in the order asked, null where none exists (at most ${MAX_IDS} ids).` })
  async nodes(@Arg("ids", () => [ID], { description: "Entity ids, at most 100; the answer keeps their order, null for an unknown id." }) ids: string[], @Ctx() ctx: GraphQLContext): Promise<(EntityValue | null)[]> {
    if (ids.length > MAX_IDS) throw new BadUserInputError(`ids has ${ids.length} items, over the maximum of ${MAX_IDS} by ${ids.length - MAX_IDS}`, { argument: "ids" });
    const results = await ctx.loaders.entity.loadMany(ids.map(checkEntityId));
    return results.map((r) => {
      if (r instanceof Error) throw r;
      return r;
    });
  }

  // A resolver, not a renamed @Field on `sources`: type-graphql gave that field the Source entities below.
  @FieldResolver(() => [ID], { description: "Ids of the Source nodes that state this entity (the `sources` field resolves them)." })
  sourceIds(@Root() entity: EntityValue): string[] {
    return entity.sources;
  }

  @FieldResolver(() => [Source], { description: "The sources that state this entity." })
  async sources(@Root() entity: EntityValue, @Ctx() ctx: GraphQLContext): Promise<EntityValue[]> {
    const found = await ctx.loaders.entity.loadMany(entity.sources);
    return found.filter((s): s is EntityValue => s !== null && !(s instanceof Error));
  }
}
