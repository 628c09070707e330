import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { relationConnection } from "../relations/relation.fields.js";
import { RelationArgs, RelationshipConnection } from "../relations/relation.type.js";
import { Member } from "./member.type.js";

/** Member's relationships, each a connection of edges with role, dates and sources. */
@Resolver(() => Member)
export class MemberRelationsResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Events this member took part in, with its role (newest first)." })
  participations(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["PARTICIPATED_IN"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Its WCO region." })
  region(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["IN_REGION"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Officials holding an office at this administration." })
  officials(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["HOLDS_OFFICE"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Programmes and events it funded." })
  fundings(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["FUNDED"], args);
  }
}
