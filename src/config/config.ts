import { isAbsolute, join } from "node:path";
import { z } from "zod";
import { projectRoot } from "./project-root.js";

/** Default password of the local Neo4j that coopgraph starts itself (loopback only). */
export const LOCAL_NEO4J_DEFAULT_PASSWORD = "coopgraph-local";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const port = z.coerce.number().int().min(0).max(65535);
const positiveMs = z.coerce.number().int().positive();

/** Every environment variable coopgraph reads; the README's table mirrors this. */
const EnvSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),

  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_QUERY_TIMEOUT_MS: positiveMs.default(10_000),
  NEO4J_CONNECTION_TIMEOUT_MS: positiveMs.default(5_000),

  COOPGRAPH_NEO4J_DIR: z.string().min(1).default(".neo4j/dev"),
  COOPGRAPH_NEO4J_BOLT_PORT: port.default(7687),
  COOPGRAPH_NEO4J_HTTP_PORT: port.default(7474),
  COOPGRAPH_NEO4J_HEAP: z.string().regex(/^\d+[kmg]$/i, "a JVM size such as 512m or 1g").default("1g"),
  COOPGRAPH_NEO4J_PAGECACHE: z.string().regex(/^\d+[kmg]$/i, "a size such as 256m or 1g").default("512m"),
  COOPGRAPH_NEO4J_START_TIMEOUT_MS: positiveMs.default(180_000),
  COOPGRAPH_SEED_ON_EMPTY: bool.default(true),
  SHUTDOWN_TIMEOUT_MS: positiveMs.default(10_000),
});

export type Env = z.input<typeof EnvSchema>;

export interface LocalNeo4jSettings {
  instanceDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
}

export interface Neo4jSettings {
  /** Undefined means: start and use the local Neo4j. */
  uri: string | undefined;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  connectionTimeoutMs: number;
}

export interface Config {
  host: string;
  port: number;
  logLevel: string;
  logFormat: "json" | "pretty";
  neo4j: Neo4jSettings;
  local: LocalNeo4jSettings;
  seedOnEmpty: boolean;
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment once; an invalid value names the variable and what it should be. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const instanceDir = isAbsolute(e.COOPGRAPH_NEO4J_DIR) ? e.COOPGRAPH_NEO4J_DIR : join(projectRoot(), e.COOPGRAPH_NEO4J_DIR);
  return {
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (process.stdout.isTTY ? "pretty" : "json"),
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD ?? (e.NEO4J_URI ? "" : LOCAL_NEO4J_DEFAULT_PASSWORD),
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
    },
    local: {
      instanceDir,
      boltPort: e.COOPGRAPH_NEO4J_BOLT_PORT,
      httpPort: e.COOPGRAPH_NEO4J_HTTP_PORT,
      heap: e.COOPGRAPH_NEO4J_HEAP,
      pageCache: e.COOPGRAPH_NEO4J_PAGECACHE,
      startTimeoutMs: e.COOPGRAPH_NEO4J_START_TIMEOUT_MS,
    },
    seedOnEmpty: e.COOPGRAPH_SEED_ON_EMPTY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
  };
}
