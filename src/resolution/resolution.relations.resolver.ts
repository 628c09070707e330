import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { relationConnection } from "../relations/relation.fields.js";
import { RelationArgs, RelationshipConnection } from "../relations/relation.type.js";
import { Resolution } from "./resolution.type.js";

/** Resolution's relationships, each a connection of edges with role, dates and sources. */
@Resolver(() => Resolution)
export class ResolutionRelationsResolver {
  @FieldResolver(() => RelationshipConnection, { description: "The body that adopted it." })
  adoptedBy(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["ADOPTED_BY"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Events that marked it (e.g. anniversaries)." })
  markedBy(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["MARKED"], args);
  }
}
