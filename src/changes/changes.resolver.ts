import { Arg, Ctx, Int, Query, Resolver, Root, Subscription } from "type-graphql";
import { BadUserInputError } from "../errors/errors.js";
import type { GraphQLContext } from "../graphql/context.js";
import type { ChangeFeed } from "./changes.feed.js";
import type { ChangesService } from "./changes.service.js";
import { GraphChange, GraphChangePage } from "./changes.type.js";

/** The context of a request to the SSE endpoint (changes.sse.ts): the one place the feed is reachable. */
export type StreamContext = GraphQLContext & { changeFeed?: ChangeFeed };

const ELSEWHERE = "Subscriptions are served at /graphql/stream (GraphQL over server-sent events), not at /graphql.";

@Resolver()
export class ChangesResolver {
  constructor(private readonly service: ChangesService) {}

  @Query(() => GraphChangePage, {
    description:
      "Writes made through coopgraph (imports, upsertGraph) after graph version since, oldest first. Page with since set to " +
      "the last change's version. Writes made to Neo4j by other means are not recorded.",
  })
  changes(
    @Arg("since", () => Int, { description: "A graph version (0 for the beginning): the changes after it." }) since: number,
    @Arg("first", () => Int, { defaultValue: 50, description: "At most 200." }) first: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GraphChangePage> {
    return this.service.page(since, first, ctx.runOptions);
  }

  @Subscription(() => GraphChange, {
    description:
      "Each write through coopgraph, on any replica, as it is committed (within COOPGRAPH_CHANGE_POLL_MS). With since, the " +
      "changes after that version come first. Served as server-sent events at /graphql/stream (GraphQL over SSE).",
    subscribe: ({ args, context }) => {
      const feed = (context as StreamContext).changeFeed;
      if (!feed) throw new BadUserInputError(ELSEWHERE);
      const since = (args as { since?: number | null }).since;
      return feed.subscribe(since ?? undefined);
    },
  })
  graphChanged(
    @Root() change: GraphChange,
    @Arg("since", () => Int, { nullable: true, description: "Replay the changes after this graph version first." }) _since?: number | null,
  ): GraphChange {
    // Sent to /graphql, a subscription is executed like a query, with no event behind it.
    if (!change) throw new BadUserInputError(ELSEWHERE);
    return change;
  }
}
