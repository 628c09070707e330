import { Lexer, Source, TokenKind } from "graphql";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Limits } from "../config/config.js";
import { ErrorCode, limitMessage, type LimitBreach } from "../errors/errors.js";

/**
 * Tokens in a GraphQL document, counted with graphql-js's own lexer. Stops at
 * the first lexical error: the parser reports that one better than we could.
 */
export function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // Unterminated string, bad character...: left to the parser's error message.
  }
  return count;
}

function queriesOf(request: FastifyRequest): { operations: unknown[]; batched: boolean } {
  if (request.method === "GET") return { operations: [request.query], batched: false };
  return Array.isArray(request.body) ? { operations: request.body, batched: true } : { operations: [request.body], batched: false };
}

/** The breach of the batch or token limit by this request, if any. */
export function httpLimitBreach(request: FastifyRequest, limits: Pick<Limits, "tokens" | "batch">): LimitBreach | undefined {
  const { operations, batched } = queriesOf(request);
  if (batched && operations.length > limits.batch) {
    return { limit: "batch", maximum: limits.batch, actual: operations.length };
  }
  for (const op of operations) {
    const query = (op as { query?: unknown } | null)?.query;
    if (typeof query !== "string") continue;
    // A document shorter than the limit in characters cannot have more tokens.
    if (query.length <= limits.tokens) continue;
    const tokens = countTokens(query);
    if (tokens > limits.tokens) return { limit: "tokens", maximum: limits.tokens, actual: tokens };
  }
  return undefined;
}

/** Fastify preHandler for the GraphQL route: refuses oversized documents and batches before Apollo parses them. */
export function httpLimitsHook(limits: Pick<Limits, "tokens" | "batch">) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const breach = httpLimitBreach(request, limits);
    if (!breach) return;
    return reply
      .code(400)
      .type("application/json; charset=utf-8")
      .send({ errors: [{ message: limitMessage(breach), extensions: { code: ErrorCode.LIMIT_EXCEEDED, ...breach } }] });
  };
}
