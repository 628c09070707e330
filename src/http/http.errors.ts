import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { ErrorCode, limitMessage, type LimitBreach } from "../errors/errors.js";
import { isRateLimited } from "./http.rate-limit.js";

interface GraphQLErrorBody {
  errors: { message: string; extensions: Record<string, unknown> }[];
}

const body = (message: string, extensions: Record<string, unknown>): GraphQLErrorBody => ({ errors: [{ message, extensions }] });

/** Messages that name the problem and what to send instead, for Fastify's own request errors. */
function describe(error: FastifyError, request: FastifyRequest, bodyLimit: number): { status: number; payload: GraphQLErrorBody } | undefined {
  const contentType = request.headers["content-type"] ?? "(none)";
  if (isRateLimited(error)) {
    return { status: 429, payload: body(error.message, { code: ErrorCode.RATE_LIMITED, maximum: error.max, retryAfterSeconds: error.retryAfterSeconds }) };
  }
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { status: 400, payload: body(`The request body is not valid JSON (${error.message}); send {"query": "...", "variables": {...}}.`, { code: ErrorCode.BAD_REQUEST }) };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { status: 400, payload: body('The request body is empty; send {"query": "...", "variables": {...}} as application/json.', { code: ErrorCode.BAD_REQUEST }) };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { status: 415, payload: body(`Content-Type ${contentType} is not supported; send the request as application/json.`, { code: ErrorCode.BAD_REQUEST }) };
    case "FST_ERR_CTP_BODY_TOO_LARGE": {
      const declared = Number(request.headers["content-length"]);
      if (Number.isFinite(declared) && declared > bodyLimit) {
        const breach: LimitBreach = { limit: "body", maximum: bodyLimit, actual: declared };
        return { status: 413, payload: body(limitMessage(breach), { code: ErrorCode.LIMIT_EXCEEDED, ...breach }) };
      }
      // A chunked body has no declared length: the size it reached is not known, so none is claimed.
      const message = `Body limit exceeded: the request body is over the maximum of ${bodyLimit.toLocaleString("en")} bytes.`;
      return { status: 413, payload: body(message, { code: ErrorCode.LIMIT_EXCEEDED, limit: "body", maximum: bodyLimit }) };
    }
    default:
      return undefined;
  }
}

/**
 * Fastify's error handler: a request the HTTP layer rejects (bad JSON, wrong
 * content type, body too large, rate limited) gets the GraphQL error shape clients already
 * parse, with a message that says what to send instead. Anything unexpected
 * is logged in full and masked, like an unexpected error in a resolver.
 */
export function httpErrorHandler(bodyLimit: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const known = describe(error, request, bodyLimit);
    if (known) return reply.code(known.status).type("application/json; charset=utf-8").send(known.payload);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).type("application/json; charset=utf-8").send(body(error.message, { code: ErrorCode.BAD_REQUEST }));
    }
    request.log.error({ err: error }, "unexpected error in the HTTP layer");
    return reply
      .code(500)
      .type("application/json; charset=utf-8")
      .send(body(`Internal server error; the log has the details under request id ${request.id}.`, { code: ErrorCode.INTERNAL_SERVER_ERROR }));
  };
}
