import { GraphQLError, type GraphQLErrorOptions } from "graphql";

/**
 * Every error code a client can see. Anything else is an unexpected failure:
 * masked as INTERNAL_SERVER_ERROR in the response and logged in full with the request id.
 */
export const ErrorCode = {
  /** The HTTP request itself is wrong (body not JSON, unsupported content type...): Apollo's code for the same. */
  BAD_REQUEST: "BAD_REQUEST",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  LIMIT_EXCEEDED: "LIMIT_EXCEEDED",
  QUERY_TIMEOUT: "QUERY_TIMEOUT",
  /** Neo4j stopped a transaction at its memory limit: the query is too large for the database's settings. */
  QUERY_TOO_LARGE: "QUERY_TOO_LARGE",
  /** Too many requests from one credential or address in the rate-limit window (429). */
  RATE_LIMITED: "RATE_LIMITED",
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

/** No credential where one is needed, or a credential that is not valid. */
export class UnauthenticatedError extends AppError {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(message: string) {
    super(message, options(ErrorCode.UNAUTHENTICATED, 401));
  }
}

/** A valid credential whose roles do not allow the operation. */
export class ForbiddenError extends AppError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(message: string) {
    super(message, options(ErrorCode.FORBIDDEN, 403));
  }
}

/** Which limit a request went over, and by how much. */
export interface LimitBreach {
  limit: string;
  maximum: number;
  actual: number;
}

const LIMIT_TEXT: Record<string, (n: string) => string> = {
  depth: (n) => `fields nested ${n} deep`,
  aliases: (n) => `${n} aliases`,
  cost: (n) => `an estimated cost of ${n}`,
  tokens: (n) => `${n} tokens in the document`,
  batch: (n) => `${n} operations in one batch`,
  records: (n) => `${n} records in one call`,
  rows: (n) => `maxRows of ${n}`,
  body: (n) => `a request body of ${n} bytes`,
};

/** "Depth limit exceeded: fields nested 15 deep, over the maximum of 12 by 3." */
export function limitMessage({ limit, maximum, actual }: LimitBreach): string {
  const fmt = (n: number) => n.toLocaleString("en");
  const text = (LIMIT_TEXT[limit] ?? ((n: string) => n))(fmt(actual));
  return `${limit[0]?.toUpperCase()}${limit.slice(1)} limit exceeded: ${text}, over the maximum of ${fmt(maximum)} by ${fmt(actual - maximum)}.`;
}

/** A request over one of the configured limits (depth, cost, aliases, tokens, batch, rows, records). */
export class LimitExceededError extends AppError {
  readonly code = ErrorCode.LIMIT_EXCEEDED;
  constructor(breach: LimitBreach) {
    super(limitMessage(breach), options(ErrorCode.LIMIT_EXCEEDED, 400, { limit: breach.limit, maximum: breach.maximum, actual: breach.actual }));
  }
}

/** Neo4j stopped a transaction at its memory limit (dbms.memory.transaction.total.max or .max). */
export class QueryTooLargeError extends AppError {
  readonly code = ErrorCode.QUERY_TOO_LARGE;
  constructor(message: string, cause?: unknown) {
    super(message, options(ErrorCode.QUERY_TOO_LARGE, 503, { retryable: false }, cause));
  }
}

/** Neo4j stopped a transaction that ran past its time limit. */
export class QueryTimeoutError extends AppError {
  readonly code = ErrorCode.QUERY_TIMEOUT;
  constructor(message: string, cause?: unknown) {
    super(message, options(ErrorCode.QUERY_TIMEOUT, 504, { retryable: false }, cause));
  }
}
