import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyRequest } from "fastify";
import type { App } from "../server.js";
import type { OpsSettings } from "../config/config.js";
import { ErrorCode } from "../errors/errors.js";
import type { GraphQLContext } from "../graphql/context.js";
import { outcomeOf } from "../graphql/errors.plugin.js";
import type { AppMetrics } from "./metrics.registry.js";

/** Counts and times every GraphQL operation (each operation of a batch on its own). */
export function metricsPlugin(metrics: AppMetrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, response }) {
          metrics.operation(operationName ?? request.operationName, outcomeOf(response), (performance.now() - started) / 1000);
        },
      };
    },
  };
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * GET /metrics in Prometheus's text format. "loopback" serves it to clients on
 * this host only: the address is the socket's (trustProxy is off), so a
 * reverse proxy on the same host must not forward /metrics. "off" leaves the
 * route out (404).
 */
export function registerMetricsRoute(app: App, metrics: AppMetrics, access: OpsSettings["metrics"]): void {
  if (access === "off") return;
  const allowed = (request: FastifyRequest) => access === "open" || LOOPBACK.has(request.socket.remoteAddress ?? "");
  app.get("/metrics", async (request, reply) => {
    if (!allowed(request)) {
      const message = "/metrics is served to this host only (COOPGRAPH_METRICS=loopback); scrape it from the host, or set COOPGRAPH_METRICS=open.";
      return reply.code(403).send({ errors: [{ message, extensions: { code: ErrorCode.FORBIDDEN } }] });
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
