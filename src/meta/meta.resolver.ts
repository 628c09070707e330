import { Ctx, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import type { MetaService } from "./meta.service.js";
import { About } from "./meta.type.js";

@Resolver()
export class MetaResolver {
  constructor(private readonly service: MetaService) {}

  @Query(() => About, { description: "The service, its version and the Neo4j database behind it, with node counts." })
  about(@Ctx() ctx: GraphQLContext): Promise<About> {
    return this.service.about(ctx.runOptions);
  }
}
