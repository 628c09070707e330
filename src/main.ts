// First: NODE_ENV is read when graphql and Apollo Server load.
import "./config/production-mode.js";
import type { AddressInfo } from "node:net";
import { ApiKeyError } from "./auth/auth.api-keys.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { DatabaseConnectError } from "./db/database.errors.js";
import { LocalNeo4jError } from "./local-neo4j/local-neo4j.errors.js";
import { createLogger } from "./logging/logger.js";
import { prepareDatabase } from "./bootstrap.js";
import { buildApp } from "./server.js";
import { startTracing } from "./tracing/tracing.provider.js";
import { Warmup } from "./warmup/warmup.service.js";
import { RelationRepository } from "./relations/relation.repository.js";

/** Start-up problems a user can fix from the message alone: no stack trace needed. */
function isUserFacing(err: unknown): err is Error {
  return err instanceof ConfigError || err instanceof LocalNeo4jError || err instanceof DatabaseConnectError || err instanceof ApiKeyError;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  const { db, ownedLocal } = await prepareDatabase(config, logger);
  const tracing = startTracing(config.ops.tracing);
  if (tracing) logger.info(`tracing: OTLP to ${config.ops.tracing.endpoint}`);
  const warmup = config.warmup.enabled ? new Warmup(logger) : undefined;
  // Neo4j plans the slow statements while the app is built and starts listening.
  warmup?.begin(() => new RelationRepository(db.runner).warm());
  const app = await buildApp({ db, logger, auth: config.auth, limits: config.limits, ops: config.ops, tracer: tracing?.tracer, warmup }).catch(async (err: unknown) => {
    await db.close();
    await ownedLocal?.stop();
    throw err;
  });

  let stoppingSince: number | undefined;
  const shutdown = async (signal: string) => {
    if (stoppingSince !== undefined) {
      // Ctrl-C under `npm start` reaches us twice (terminal process group + npm forwarding it):
      // only a later, deliberate second signal forces the exit.
      if (Date.now() - stoppingSince < DUPLICATE_SIGNAL_MS) return;
      logger.warn(`${signal} again: exiting now`);
      ownedLocal?.signalStop();
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, "shutting down: draining requests");
    const force = setTimeout(() => {
      logger.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms; exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs + 60_000);
    force.unref();
    try {
      await closeWithin(app.close(), config.shutdownTimeoutMs);
      await db.close();
      await tracing?.shutdown().catch((err: unknown) => logger.warn({ err }, "sending the last spans failed"));
      if (ownedLocal) {
        logger.info("stopping the local Neo4j this process started");
        await ownedLocal.stop();
      }
      logger.info("stopped");
      process.exit(0);
    } catch (err) {
      logger.error({ err }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    await db.close();
    await ownedLocal?.stop();
    if (e.code === "EADDRINUSE") {
      throw new ConfigError(`Port ${config.port} on ${config.host} is already in use by another program; set PORT to a free port.`);
    }
    throw err;
  }
  if (warmup) {
    // Listening first, so /health answers (and says "warming") while it runs; /ready waits for it.
    logger.info(`warming up (at most ${config.warmup.maxWaitMs} ms before ready)...`);
    // Over a real socket, as users come: the HTTP code paths get warm too.
    const self = `http://${WILDCARD_HOSTS.has(config.host) ? "127.0.0.1" : config.host.includes(":") ? `[${config.host}]` : config.host}:${(app.server.address() as AddressInfo).port}/graphql`;
    await warmup.start(async (body) => {
      const res = await fetch(self, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: res.status, body: await res.text() };
    }, config.warmup.maxWaitMs);
  }
  logger.info(`coopgraph ready: GraphQL on http://${config.host}:${config.port}/graphql (NODE_ENV=${process.env.NODE_ENV})`);
}

const DUPLICATE_SIGNAL_MS = 1_000;

/** Addresses that listen on every interface: the warm-up calls itself on loopback. */
const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", ""]);

/** Waits for the drain, but not forever: a stuck request must not block shutdown. */
async function closeWithin(closing: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closing, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

main().catch((err: unknown) => {
  if (isUserFacing(err)) console.error(`coopgraph: ${err.message}`);
  else console.error("coopgraph: start-up failed:", err);
  process.exit(1);
});
