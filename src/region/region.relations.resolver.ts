import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { relationConnection } from "../relations/relation.fields.js";
import { RelationArgs, RelationshipConnection } from "../relations/relation.type.js";
import { Region } from "./region.type.js";

/** Region's relationships, each a connection of edges with role, dates and sources. */
@Resolver(() => Region)
export class RegionRelationsResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Member administrations of this region." })
  members(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["IN_REGION"], args);
  }
}
