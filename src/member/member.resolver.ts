import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { MAX_PAGE_SIZE } from "../graphql/pagination.js";
import { MemberConnection, MemberFilter, MemberOrder } from "./member.connection.js";
import type { MemberPage, MemberService } from "./member.service.js";

@Resolver(() => MemberConnection)
export class MemberResolver {
  constructor(private readonly service: MemberService) {}

  @Query(() => MemberConnection, { description: `Member administrations, a page at a time (first at most ${MAX_PAGE_SIZE}).` })
  members(
    @Arg("first", () => Int, { nullable: true, description: `Page size, default 20, at most ${MAX_PAGE_SIZE}.` }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Arg("filter", () => MemberFilter, { nullable: true }) filter: MemberFilter | null,
    @Arg("orderBy", () => MemberOrder, { defaultValue: MemberOrder.NAME_ASC }) orderBy: MemberOrder,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MemberPage> {
    return this.service.list({ first, after, filter, orderBy }, ctx.runOptions);
  }

  @FieldResolver(() => Int, { description: "How many members match the filter; counted only when asked for." })
  totalCount(@Root() page: MemberPage, @Ctx() ctx: GraphQLContext): Promise<number> {
    return this.service.count(page.filter, ctx.runOptions);
  }
}
