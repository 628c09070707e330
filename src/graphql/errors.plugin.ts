import type { ApolloServerPlugin, GraphQLResponse } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { ErrorCode, isAppError, originalError } from "../errors/errors.js";
import type { GraphQLContext } from "./context.js";

/** Codes Apollo and graphql-js give to request errors (bad syntax, bad variables...): shown as they are. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

function isExpected(formatted: GraphQLFormattedError, error: unknown): boolean {
  if (isAppError(originalError(error))) return true;
  const code = formatted.extensions?.code;
  return typeof code === "string" && REQUEST_ERROR_CODES.has(code);
}

/**
 * Apollo's formatError: our own errors and request errors pass through; anything
 * else (a bug, a driver error) is masked, since its message may reveal internals.
 * The full error is logged by errorLoggingPlugin with the request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isExpected(formatted, error)) {
    // The http extension steers the status code; clients need not see it.
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: "Internal server error",
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Logs every unexpected error with the request id that the client got in x-request-id. */
export function errorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const original = originalError(error);
            if (isAppError(original)) {
              contextValue.logger.info({ code: original.code, operationName, path: error.path }, original.message);
            } else if (!REQUEST_ERROR_CODES.has(String(error.extensions?.code))) {
              contextValue.logger.error({ err: original, operationName, path: error.path, requestId: contextValue.requestId }, "unexpected error in a GraphQL request");
            }
          }
        },
      };
    },
  };
}

/**
 * Tells the client how many Cypher statements its request sent, in the
 * x-cypher-statements header: the figure the N+1 tests and the benchmark read.
 */
export function statementCountPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set("x-cypher-statements", String(contextValue.statements.count));
        },
      };
    },
  };
}

/** How an operation ended: data and no error, data with field errors, or no data (a request error: never executed). */
export type Outcome = "ok" | "partial" | "error";

export function outcomeOf(response: GraphQLResponse): Outcome {
  if (response.body.kind !== "single") return "ok";
  const { data, errors } = response.body.singleResult;
  if (data === undefined) return "error";
  return errors?.length ? "partial" : "ok";
}

/**
 * GraphQL over HTTP: a response that carries data (even null, even with field
 * errors) is 200, since clients such as graphql-request and Apollo Client drop
 * the data of a 4xx. Only request errors (nothing executed: unparsable,
 * invalid, over a limit, unauthenticated) keep the status of their error. In a
 * batch (not covered by the spec) one operation with data makes the whole
 * response 200, each entry carrying its own errors; a batch of request errors
 * only keeps their status. Operations of a batch share one HTTP head and,
 * through the shallow copy Apollo makes of the context, one `http` record.
 */
export function httpStatusPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (outcomeOf(response) !== "error") contextValue.http.executed = true;
          if (contextValue.http.executed) response.http.status = 200;
        },
      };
    },
  };
}
