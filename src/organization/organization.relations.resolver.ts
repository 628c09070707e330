import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { relationConnection } from "../relations/relation.fields.js";
import { RelationArgs, RelationshipConnection } from "../relations/relation.type.js";
import { Organization } from "./organization.type.js";

/** Organization's relationships, each a connection of edges with role, dates and sources. */
@Resolver(() => Organization)
export class OrganizationRelationsResolver {
  @FieldResolver(() => RelationshipConnection, { description: "Events it took part in, with its role (host, organizer, funder, partner...)." })
  participations(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["PARTICIPATED_IN"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Officials holding an office here." })
  officials(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["HOLDS_OFFICE"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Programmes and events it funded." })
  fundings(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["FUNDED"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Programmes it is a (founding) partner of." })
  partnerships(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["PARTNER_OF"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Agreements it signed with other organizations." })
  agreements(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "out", ["SIGNED"], args);
  }
  @FieldResolver(() => RelationshipConnection, { description: "Events held at this institution." })
  hostedEvents(@Root() parent: EntityValue, @Args(() => RelationArgs) args: RelationArgs, @Ctx() ctx: GraphQLContext) {
    return relationConnection(ctx, parent, "in", ["HELD_AT"], args);
  }
}
