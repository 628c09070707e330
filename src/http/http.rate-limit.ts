import rateLimit from "@fastify/rate-limit";
import type { FastifyRequest } from "fastify";
import type { App } from "../server.js";
import type { Principal } from "../auth/auth.roles.js";
import type { OpsSettings } from "../config/config.js";

/** Marks the error the rate limiter throws, so the HTTP error handler answers it in the GraphQL shape. */
export const RATE_LIMITED = "COOPGRAPH_RATE_LIMITED";

export interface RateLimitedError extends Error {
  statusCode: 429;
  code: typeof RATE_LIMITED;
  max: number;
  retryAfterSeconds: number;
}

export function isRateLimited(error: { code?: string }): error is RateLimitedError {
  return error.code === RATE_LIMITED;
}

/**
 * Requests per window on the GraphQL route, counted per credential (a key or a
 * JWT subject: all of a caller's tokens share one budget) or, for anonymous
 * callers and bad credentials, per client address. Off when max is 0. The
 * counters live in this process's memory: several instances each count alone.
 */
export async function registerRateLimit(
  app: App,
  settings: OpsSettings["rateLimit"],
  isLimited: (request: FastifyRequest) => boolean,
  principalOf: (request: FastifyRequest) => Promise<Principal | undefined>,
): Promise<void> {
  if (settings.max === 0) return;
  await app.register(rateLimit, {
    max: settings.max,
    timeWindow: settings.windowMs,
    allowList: (request) => !isLimited(request),
    keyGenerator: async (request) => {
      // A bad credential is refused later with 401; until then it counts against the address.
      const principal = await principalOf(request).catch(() => undefined);
      return principal ? `credential:${principal.via}:${principal.subject}` : `address:${request.ip}`;
    },
    errorResponseBuilder: (_request, context) => {
      const retryAfterSeconds = Math.max(1, Math.ceil(context.ttl / 1000));
      const message = `Rate limit exceeded: more than ${context.max} requests in ${settings.windowMs / 1000} s; retry in ${retryAfterSeconds} s.`;
      return Object.assign(new Error(message), { statusCode: 429, code: RATE_LIMITED, max: context.max, retryAfterSeconds });
    },
  });
}
