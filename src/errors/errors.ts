import { GraphQLError, type GraphQLErrorOptions } from "graphql";

/**
 * Every error code a client can see. Anything else is an unexpected failure:
 * masked as INTERNAL_SERVER_ERROR in the response and logged in full with the request id.
 */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const APP_ERROR = Symbol.for("coopgraph.AppError");

/** Base of the errors we mean to show to clients as they are. */
export abstract class AppError extends GraphQLError {
  abstract readonly code: ErrorCode;
  readonly [APP_ERROR] = true;
}

/**
 * True for our own errors. A brand, not instanceof: graphql-js can be loaded
 * twice (ESM and CJS builds), and then GraphQLError subclasses fail instanceof.
 */
export function isAppError(error: unknown): error is AppError {
  return typeof error === "object" && error !== null && (error as { [APP_ERROR]?: unknown })[APP_ERROR] === true;
}

/**
 * The error a resolver threw, under the GraphQLError wrappers graphql-js and
 * Apollo add: the first of our own errors on the chain (which may itself carry
 * a driver error as its cause), else the innermost error.
 */
export function originalError(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && !isAppError(current); depth++) {
    const next = (current as { originalError?: unknown } | null)?.originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

function options(code: ErrorCode, status: number, extra?: Record<string, unknown>, cause?: unknown): GraphQLErrorOptions {
  return {
    extensions: { code, http: { status }, ...extra },
    ...(cause instanceof Error ? { originalError: cause } : {}),
  };
}

export class BadUserInputError extends AppError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(message: string, extra?: Record<string, unknown>) {
    super(message, options(ErrorCode.BAD_USER_INPUT, 400, extra));
  }
}

export class NotFoundError extends AppError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(message: string, extra?: Record<string, unknown>) {
    super(message, options(ErrorCode.NOT_FOUND, 404, extra));
  }
}

export class ServiceUnavailableError extends AppError {
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
  constructor(message = "The graph database is unavailable; try again shortly.", cause?: unknown) {
    super(message, options(ErrorCode.SERVICE_UNAVAILABLE, 503, { retryable: true }, cause));
  }
}
