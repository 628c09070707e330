import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { relationConnection } from "../relations/relation.fields.js";
import { RelationArgs, RelationshipConnection } from "../relations/relation.type.js";
import { Person } from "./person.type.js";

/** Person's relationships, each a connection of edges with role, dates and sources. */
@Resolver(() => Person)
export class PersonRelationsResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Offices held, with titles and dates." })
  offices(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["HOLDS_OFFICE"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Events where this official spoke, with the role." })
  speeches(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["SPOKE_AT"], args);
  }
}
