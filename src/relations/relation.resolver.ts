import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { Source } from "../source/source.type.js";
import type { RelationshipEdgeValue } from "./relation.edge.js";
import { RelationshipEdge } from "./relation.type.js";

@Resolver(() => RelationshipEdge)
export class RelationshipEdgeResolver {
  @FieldResolver(() => [Source], { description: "The sources that state this relationship." })
  async sources(@Root() edge: RelationshipEdgeValue, @Ctx() ctx: GraphQLContext): Promise<EntityValue[]> {
    const found = await ctx.loaders.entity.loadMany(edge.sourceIds);
    return found.filter((s): s is EntityValue => s !== null && !(s instanceof Error));
  }
}
