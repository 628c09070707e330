import { Ctx, FieldResolver, Int, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import type { MetaService } from "./meta.service.js";
import { About } from "./meta.type.js";

@Resolver(() => About)
export class MetaResolver {
  constructor(private readonly service: MetaService) {}

  @Query(() => About, { description: "The service, its version and the Neo4j database behind it, with node counts." })
  about(@Ctx() ctx: GraphQLContext): Promise<About> {
    return this.service.about(ctx.runOptions);
  }

  // A field resolver, so that only a query asking for the version pays its statement.
  @FieldResolver(() => Int, {
    description:
      "The graph version: advanced by one in the same transaction as every write through coopgraph (import, upsertGraph) that " +
      "changes something; shared by every replica on this Neo4j. 0 before the first. See changes and graphChanged.",
  })
  graphVersion(@Ctx() ctx: GraphQLContext): Promise<number> {
    return this.service.graphVersion(ctx.runOptions);
  }
}
