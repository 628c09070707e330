import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { relationConnection } from "../relations/relation.fields.js";
import { RelationArgs, RelationshipConnection } from "../relations/relation.type.js";
import { Event } from "./event.type.js";

/** Event's relationships, each a connection of edges with role, dates and sources. */
@Resolver(() => Event)
export class EventRelationsResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Members and organizations that took part, with their roles." })
  participants(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["PARTICIPATED_IN"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Officials who opened, closed, spoke or represented." })
  speakers(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["SPOKE_AT"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Programmes this event was an activity of (ACTIVITY_OF) or addressed (ADDRESSED)." })
  programmes(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["ACTIVITY_OF", "ADDRESSED"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Who funded it." })
  funders(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["FUNDED"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Resolutions or programmes it marked (anniversary, conclusion...)." })
  marks(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["MARKED"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Institutions where it was held." })
  venues(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["HELD_AT"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Sessions of this event (e.g. the lectures of a series)." })
  parts(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["PART_OF"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "The event this one is a session of." })
  partOf(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["PART_OF"], args);
  }
}
