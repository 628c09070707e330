import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jSettings } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import { DatabaseConnectError } from "./database.errors.js";
import { DatabaseHealth } from "./database.health.js";
import { isAuthFailure, isDatabaseNotFound, isUnavailable, safeUri } from "./neo4j.errors.js";
import { QueryRunner } from "./query-runner.js";

export interface Database {
  readonly driver: Driver;
  readonly runner: QueryRunner;
  readonly health: DatabaseHealth;
  readonly uri: string;
  readonly name: string;
  close(): Promise<void>;
}

export interface ConnectOptions extends Omit<Neo4jSettings, "uri"> {
  uri: string;
}

/**
 * Opens a driver and proves it works (reachable, credentials accepted, database
 * present) before anything else starts, so a misconfiguration stops start-up
 * with a message naming the URI, and never the password.
 */
/** How long a transient failure is retried: an outage is reported to clients in seconds. */
const RETRY_TIME_MS = 2_000;

export async function connectDatabase(settings: ConnectOptions, logger: Logger): Promise<Database> {
  const uri = safeUri(settings.uri);
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      disableLosslessIntegers: true,
      connectionTimeout: settings.connectionTimeoutMs,
      connectionAcquisitionTimeout: settings.connectionTimeoutMs,
      // Retries stay short: an outage is reported to clients in seconds, and the
      // health gate then fails requests at once until Neo4j answers again.
      maxTransactionRetryTime: RETRY_TIME_MS,
      maxConnectionPoolSize: 100,
      userAgent: "coopgraph",
      logging: {
        level: "warn",
        logger: (level, message) => logger[level === "error" ? "error" : "warn"]({ neo4j: true }, message),
      },
    });
  } catch (err) {
    throw new DatabaseConnectError("INVALID_URI", `NEO4J_URI ${uri} is not a valid Neo4j URI: ${(err as Error).message}`);
  }

  try {
    await driver.verifyConnectivity({ database: settings.database });
    // verifyConnectivity may not authenticate against the target database everywhere; a trivial read does.
    await driver.executeQuery("RETURN 1", {}, { database: settings.database, routing: neo4j.routing.READ });
  } catch (err) {
    await driver.close().catch(() => {});
    throw describeConnectFailure(err, uri, settings);
  }

  const health = new DatabaseHealth(driver, settings.database, logger);
  const runner = new QueryRunner(driver, health, logger, { database: settings.database, timeoutMs: settings.queryTimeoutMs, retryTimeMs: RETRY_TIME_MS });
  logger.info({ neo4j: uri, database: settings.database }, "connected to Neo4j");
  return {
    driver,
    runner,
    health,
    uri,
    name: settings.database,
    close: async () => {
      health.close();
      await driver.close();
    },
  };
}

function describeConnectFailure(err: unknown, uri: string, settings: ConnectOptions): DatabaseConnectError {
  const detail = err instanceof Error ? err.message.replaceAll(settings.password || "\u0000", "[redacted]") : String(err);
  if (isAuthFailure(err)) {
    return new DatabaseConnectError(
      "AUTH",
      `Neo4j at ${uri} refused the credentials of user "${settings.username}". Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
    );
  }
  if (isDatabaseNotFound(err)) {
    return new DatabaseConnectError("NO_DATABASE", `Neo4j at ${uri} has no database "${settings.database}". Check NEO4J_DATABASE.`);
  }
  if (isUnavailable(err)) {
    return new DatabaseConnectError(
      "UNREACHABLE",
      `Cannot reach Neo4j at ${uri}: ${detail}. Is it running, and do NEO4J_URI's host and port point at its Bolt connector?`,
    );
  }
  return new DatabaseConnectError("OTHER", `Connecting to Neo4j at ${uri} failed: ${detail}`);
}
