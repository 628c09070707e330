import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { relationConnection } from "../relations/relation.fields.js";
import { RelationArgs, RelationshipConnection } from "../relations/relation.type.js";
import { Programme } from "./programme.type.js";

/** Programme's relationships, each a connection of edges with role, dates and sources. */
@Resolver(() => Programme)
export class ProgrammeRelationsResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Events that were its activities or addressed it (directly; membersInProgrammes also counts sub-programmes)." })
  activities(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["ACTIVITY_OF", "ADDRESSED"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "The programme it is part of." })
  parent(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["PART_OF"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Its sub-programmes and projects." })
  subProgrammes(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["PART_OF"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Partner organizations, with founding partners marked by role." })
  partners(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["PARTNER_OF"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Who funds or funded it, with dates." })
  funders(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["FUNDED"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Events that marked it (launch, conclusion...)." })
  markedBy(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["MARKED"], args);
  }
}
