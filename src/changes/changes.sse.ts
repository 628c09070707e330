import type { FastifyReply, FastifyRequest } from "fastify";
import { getOperationAST, parse, type GraphQLSchema } from "graphql";
import { createHandler } from "graphql-sse/lib/use/fastify";
import { ErrorCode, isAppError } from "../errors/errors.js";
import type { App } from "../server.js";
import type { ChangeFeed } from "./changes.feed.js";
import type { StreamContext } from "./changes.resolver.js";

/** GraphQL over server-sent events (the graphql-sse protocol, "distinct connections" mode). */
export const STREAM_PATH = "/graphql/stream";

export interface ChangeStreamOptions {
  schema: GraphQLSchema;
  feed: ChangeFeed;
  /** The request's context, after the same read check as /graphql (throws a coded error when refused). */
  context: (request: FastifyRequest) => Promise<StreamContext>;
}

/** graphql-sse wants an indexable context. */
type SseContext = StreamContext & Record<PropertyKey, unknown>;

const errorBody = (message: string, code: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

/**
 * Only subscriptions are served here: queries and mutations go to /graphql,
 * where the limits, the status codes and the statement counts apply.
 */
function onlySubscriptions(query: unknown, operationName: string | undefined): string | undefined {
  if (typeof query !== "string") return "Send the subscription document as query.";
  try {
    const operation = getOperationAST(parse(query), operationName);
    return operation?.operation === "subscription" ? undefined : `${STREAM_PATH} serves subscriptions only; send queries and mutations to /graphql.`;
  } catch (err) {
    return `The document does not parse: ${(err as Error).message}`;
  }
}

export function registerChangeStream(app: App, { schema, feed, context }: ChangeStreamOptions): void {
  const contexts = new WeakMap<FastifyRequest, SseContext>();
  const handler = createHandler<SseContext>({
    schema,
    context: (req) => {
      const found = contexts.get(req.raw);
      if (!found) throw new Error("no context for this stream request");
      return found;
    },
    onSubscribe: (_req, params) => {
      const refusal = onlySubscriptions(params.query, params.operationName ?? undefined);
      if (refusal) return [errorBody(refusal, ErrorCode.BAD_REQUEST), { status: 400, statusText: "Bad Request", headers: { "content-type": "application/json; charset=utf-8" } }];
    },
  });
  app.route({
    method: ["GET", "POST", "PUT", "DELETE"],
    url: STREAM_PATH,
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        contexts.set(request, { ...(await context(request)), changeFeed: feed } as SseContext);
      } catch (err) {
        if (!isAppError(err)) throw err;
        const status = (err.extensions.http as { status?: number } | undefined)?.status ?? 400;
        return reply.code(status).type("application/json; charset=utf-8").send(errorBody(err.message, err.code));
      }
      // graphql-sse writes the stream to the raw response itself.
      reply.hijack();
      try {
        await handler(request, reply);
      } catch (err) {
        request.log.error({ err }, "GraphQL over SSE failed");
        if (!reply.raw.headersSent) reply.raw.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        reply.raw.end(errorBody("Internal server error", ErrorCode.INTERNAL_SERVER_ERROR));
      }
    },
  });
}
