import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import Fastify, { type FastifyInstance } from "fastify";
import type { Database } from "./db/database.js";
import { createContext, type GraphQLContext } from "./graphql/context.js";
import { errorLoggingPlugin, formatError, statementCountPlugin } from "./graphql/errors.plugin.js";
import { buildGraphQLSchema } from "./graphql/schema.js";
import type { Logger } from "./logging/logger.js";
import { createServices } from "./services.js";

export interface AppOptions {
  db: Database;
  logger: Logger;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
}

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, Logger>;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Builds the HTTP app (GraphQL, /health, /ready) without listening, so tests
 * use it through inject() or listen on a port of their choosing.
 */
export async function buildApp({ db, logger, bodyLimit = 1_048_576 }: AppOptions): Promise<App> {
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit,
    requestIdHeader: false,
    // A caller's x-request-id is kept when it is sane, so logs join up across services.
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Requests in flight finish on close; idle keep-alive sockets are closed at once.
    forceCloseConnections: "idle",
  });
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  const services = createServices(db);
  const schema = await buildGraphQLSchema(services);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [fastifyApolloDrainPlugin(app), errorLoggingPlugin(), statementCountPlugin()],
  });
  await apollo.start();

  await app.register(fastifyApollo(apollo), {
    path: "/graphql",
    method: ["GET", "POST", "OPTIONS"],
    context: async (request) => createContext(request.id, request.log, services.loaders),
  });

  app.get("/health", async () => ({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }));

  app.get("/ready", async (_request, reply) => {
    const neo4j = await db.health.check();
    return reply
      .code(neo4j.ok ? 200 : 503)
      .send({ status: neo4j.ok ? "ready" : "unavailable", neo4j: { uri: db.uri, database: db.name, ...neo4j } });
  });

  return app;
}
