import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { MAX_PAGE_SIZE } from "../graphql/pagination.js";
import { EventConnection, EventFilter, EventOrder } from "./event.connection.js";
import type { EventPage, EventService } from "./event.service.js";

@Resolver(() => EventConnection)
export class EventResolver {
  constructor(private readonly service: EventService) {}

  @Query(() => EventConnection, { description: `Events, a page at a time (first at most ${MAX_PAGE_SIZE}), newest first by default.` })
  events(
    @Arg("first", () => Int, { nullable: true, description: `Page size, default 20, at most ${MAX_PAGE_SIZE}.` }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Arg("orderBy", () => EventOrder, { defaultValue: EventOrder.START_DATE_DESC }) orderBy: EventOrder,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EventPage> {
    return this.service.list({ first, after, filter, orderBy }, ctx.runOptions);
  }

  @FieldResolver(() => Int, { description: "How many events match the filter; counted only when asked for." })
  totalCount(@Root() page: EventPage, @Ctx() ctx: GraphQLContext): Promise<number> {
    return this.service.count(page.filter, ctx.runOptions);
  }
}
