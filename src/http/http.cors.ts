import cors from "@fastify/cors";
import type { App } from "../server.js";
import type { OpsSettings } from "../config/config.js";

/** Request headers a browser client may send: the credential, JSON, Apollo's CSRF header, a request id. */
const ALLOWED_HEADERS = ["authorization", "content-type", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id"];
/** Response headers a browser script may read. */
const EXPOSED_HEADERS = ["x-request-id", "x-cypher-statements", "retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"];

/**
 * CORS for browser dashboards on other origins. Registered before the GraphQL
 * route, its onRequest hook answers preflights itself, so they never reach
 * Apollo's CSRF check (which stays on for simple requests: a text/plain POST is
 * still refused). Credentials travel in the Authorization header, never in
 * cookies, so Access-Control-Allow-Credentials is never sent.
 */
export async function registerCors(app: App, origins: OpsSettings["corsOrigins"]): Promise<void> {
  await app.register(cors, {
    // [] still answers preflights (without Allow-Origin, so the browser refuses); `false` would hand them to Apollo.
    origin: origins === "*" ? "*" : origins,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
    // An OPTIONS without Origin is no CORS preflight, but answering it the same way costs nothing and avoids a text/plain 400.
    strictPreflight: false,
  });
}
