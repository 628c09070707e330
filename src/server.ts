import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Tracer } from "@opentelemetry/api";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import { Capability, type Principal } from "./auth/auth.roles.js";
import { AuthService } from "./auth/auth.service.js";
import { DEFAULT_LIMITS, DEFAULT_OPS, type AuthSettings, type Limits, type OpsSettings } from "./config/config.js";
import type { Database } from "./db/database.js";
import { ChangeFeed } from "./changes/changes.feed.js";
import { registerChangeStream } from "./changes/changes.sse.js";
import { registerCors } from "./http/http.cors.js";
import { registerEtags } from "./http/http.etag.js";
import { EXPORT_ROUTE, registerExports } from "./export/export.routes.js";
import { httpErrorHandler } from "./http/http.errors.js";
import { registerRateLimit } from "./http/http.rate-limit.js";
import { httpLimitsHook } from "./limits/limits.http.js";
import { limitsPlugin } from "./limits/limits.plugin.js";
import { createContext, type GraphQLContext } from "./graphql/context.js";
import { errorLoggingPlugin, formatError, httpStatusPlugin, statementCountPlugin } from "./graphql/errors.plugin.js";
import { buildGraphQLSchema } from "./graphql/schema.js";
import type { Logger } from "./logging/logger.js";
import { metricsPlugin, registerMetricsRoute } from "./metrics/metrics.plugin.js";
import { AppMetrics } from "./metrics/metrics.registry.js";
import { createServices } from "./services.js";
import { tracingPlugin } from "./tracing/tracing.plugin.js";
import { registerWeb } from "./web/web.plugin.js";
import { requestTrace } from "./tracing/tracing.request.js";
import type { Warmup } from "./warmup/warmup.service.js";

export interface AppOptions {
  db: Database;
  logger: Logger;
  /** Who may do what; default: reads open, no credentials configured. */
  auth?: AuthSettings;
  /** Request limits; each one not given keeps its default. */
  limits?: Partial<Limits>;
  /** CORS, rate limit, /metrics access; each one not given keeps its default. */
  ops?: Partial<Omit<OpsSettings, "tracing">>;
  /** Spans per operation and Cypher statement go to this tracer; none when undefined. */
  tracer?: Tracer;
  /** The start-up warm-up, which /ready waits for and /health reports (main.ts starts it). */
  warmup?: Warmup;
}

export const OPEN_ACCESS: AuthSettings = {
  readAccess: "open",
  apiKeys: [],
  jwt: { secret: undefined, jwksUrl: undefined, issuer: undefined, audience: undefined, rolesClaim: "roles" },
};

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, Logger>;

const GRAPHQL_PATH = "/graphql";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Builds the HTTP app (GraphQL, /health, /ready, /metrics) without listening, so tests
 * use it through inject() or listen on a port of their choosing.
 */
export async function buildApp({ db, logger, auth: authSettings = OPEN_ACCESS, limits: given = {}, ops: givenOps = {}, tracer, warmup }: AppOptions): Promise<App> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...given };
  const ops = { ...DEFAULT_OPS, ...givenOps };
  const auth = new AuthService(authSettings);
  logger.info(`access: ${auth.describe()}`);
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: limits.bodyBytes,
    requestIdHeader: false,
    // A caller's x-request-id is kept when it is sane, so logs join up across services.
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Requests in flight finish on close; idle keep-alive sockets are closed at once.
    forceCloseConnections: "idle",
  });
  app.setErrorHandler(httpErrorHandler(limits.bodyBytes));
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  await registerCors(app, ops.corsOrigins);
  // The web apps, and the GraphQL IDE for browsers at the GraphQL path (before Apollo's route sees them).
  await registerWeb(app, { graphqlPath: GRAPHQL_PATH });

  // Verified once per request, whether the rate limiter (keyed by credential) or the context asks first.
  const principals = new WeakMap<FastifyRequest, Promise<Principal | undefined>>();
  const principalOf = (request: FastifyRequest) => {
    let principal = principals.get(request);
    if (!principal) principals.set(request, (principal = auth.authenticate(request.headers.authorization)));
    return principal;
  };
  await registerRateLimit(app, ops.rateLimit, (request) => request.routeOptions.url === GRAPHQL_PATH || request.routeOptions.url === EXPORT_ROUTE, principalOf);
  const metrics = new AppMetrics(db);

  const services = createServices(db, limits, logger, ops.changes.retention);
  // The metrics worker thread stops with the server, so tests and npm start exit cleanly.
  app.addHook("onClose", async () => services.network.close());
  if (warmup && services.projection) {
    const projection = services.projection;
    const topology = services.topology;
    // Built in the background once the warm-up has ended: it reads every participation, and alongside the warm-up
    // it held the warm-up past readiness (the first requests then came cold). Readiness does not wait for it, and
    // the first network request shares the build.
    app.addHook("onListen", async () => {
      void warmup
        .whenEnded()
        .then(() => projection.current())
        .then(() => topology?.current())
        .catch((err: unknown) => logger.warn({ err }, "building the projections at start-up failed; the first request that needs one tries again"));
    });
  }
  const schema = await buildGraphQLSchema(services, auth);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    // Apollo's defaults for these follow NODE_ENV (src/config/production-mode.ts): set, so every mode serves one API.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: limits.batch > 1,
    // Backstop for the token limit checked (with a better message) before Apollo parses.
    parseOptions: { maxTokens: limits.tokens },
    plugins: [
      fastifyApolloDrainPlugin(app),
      httpStatusPlugin(),
      errorLoggingPlugin(),
      metricsPlugin(metrics),
      tracingPlugin(),
      statementCountPlugin(),
      limitsPlugin(schema, limits),
      // No cache hints in this schema: the default cache-control plugin would only cost a hook per resolved field.
      ApolloServerPluginCacheControlDisabled(),
      // Its landing page loads Apollo Sandbox and fonts from CDNs; browsers get the bundled GraphiQL instead (src/web/).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const checkHttpLimits = httpLimitsHook(limits);
  app.addHook("preHandler", async (request, reply) => {
    if (request.routeOptions.url === GRAPHQL_PATH) return checkHttpLimits(request, reply);
  });
  const reader = async (request: FastifyRequest) => {
    const principal = await principalOf(request);
    auth.authorize(principal, Capability.READ);
    return principal;
  };
  registerEtags(app, { path: GRAPHQL_PATH, cacheControl: ops.cacheControl, graphVersion: () => services.changes.version(), reader, onRevalidate: (hit) => metrics.cacheRead(hit) });

  await app.register(fastifyApollo(apollo), {
    path: GRAPHQL_PATH,
    method: ["GET", "POST", "OPTIONS"],
    context: async (request) => {
      const principal = await principalOf(request);
      auth.authorize(principal, Capability.READ);
      const trace = tracer ? requestTrace(tracer, request.id) : undefined;
      return createContext(request.id, request.log, services.loaders, principal, [metrics.statementObserver], trace);
    },
  });

  registerMetricsRoute(app, metrics, ops.metrics);

  registerExports(app, {
    schema,
    exports: services.exports,
    loaders: services.loaders,
    reader,
    graphVersion: (opts) => services.changes.version(opts),
    observers: [metrics.statementObserver],
    cacheControl: ops.cacheControl,
  });

  const feed = new ChangeFeed(services.changes, ops.changes.pollMs, logger);
  metrics.watchSubscribers(() => feed.subscribers);
  // Open streams would hold the close until they end.
  app.addHook("preClose", async () => feed.close());
  registerChangeStream(app, {
    schema,
    feed,
    context: async (request) => createContext(request.id, request.log, services.loaders, await reader(request), [metrics.statementObserver]),
  });

  app.get("/health", async () => ({ status: "ok", uptimeSeconds: Math.round(process.uptime()), ...(warmup ? { warmup: warmup.current } : {}) }));

  app.get("/ready", async (_request, reply) => {
    const neo4j = await db.health.check();
    // While the start-up warm-up runs (at most a few seconds, src/warmup/), not ready yet.
    const warming = warmup?.current.state === "running" && !warmup.released;
    return reply
      .code(neo4j.ok && !warming ? 200 : 503)
      .send({ status: !neo4j.ok ? "unavailable" : warming ? "warming" : "ready", neo4j: { uri: db.uri, database: db.name, ...neo4j }, ...(warmup ? { warmup: warmup.current } : {}) });
  });

  return app;
}
