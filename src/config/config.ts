import { readFileSync } from "node:fs";
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
const positiveInt = z.coerce.number().int().positive();

/** Limits on what one request may ask; each can be raised or lowered through its variable. */
export interface Limits {
  /** Deepest field nesting of an operation. A relationship hop through a connection is three levels (field, edges, node), so 16 allows five hops down to a scalar. */
  depth: number;
  /** Estimated cost: 1 per object (scalars free), paged fields multiplied by their page size (limits.cost.ts). */
  cost: number;
  /** Aliased fields in one operation. */
  aliases: number;
  /** Lexical tokens in one document. */
  tokens: number;
  /** Operations in one batched HTTP request. */
  batch: number;
  bodyBytes: number;
  /** Sources, entities and relationships in one upsertGraph call. */
  upsertRecords: number;
  cypherTimeoutMs: number;
  cypherMaxRows: number;
  /** Edges in one export (GET /export/...): a larger network is refused before the first byte. */
  exportMaxEdges: number;
  /** Network metrics (src/network): the most edges a filtered network may have to be measured. */
  metricsMaxEdges: number;
  /** Betweenness is exact up to this many nodes, sampled above. */
  betweennessExactNodes: number;
  /** Source nodes (pivots) of sampled betweenness. */
  betweennessPivots: number;
  /** The longest one network's metrics may take in the worker thread. */
  metricsTimeoutMs: number;
  /** Whether cooperation networks are counted on the in-memory cooperation projection (src/projection) or by their statement. */
  projection: "on" | "off";
  /** The time limit of the read the projection is built from (every participation). */
  projectionLoadTimeoutMs: number;
  /** Whether a relation page is read with the pages a nested selection asks for below it, in one statement (src/relations/relation.chains.ts). */
  relationChains: "on" | "off";
}

export const DEFAULT_LIMITS: Limits = {
  depth: 16,
  cost: 50_000,
  aliases: 30,
  tokens: 5_000,
  batch: 10,
  bodyBytes: 1_048_576,
  upsertRecords: 1_000,
  cypherTimeoutMs: 5_000,
  cypherMaxRows: 1_000,
  exportMaxEdges: 250_000,
  metricsMaxEdges: 200_000,
  betweennessExactNodes: 2_000,
  betweennessPivots: 256,
  metricsTimeoutMs: 120_000,
  projection: "on",
  projectionLoadTimeoutMs: 300_000,
  relationChains: "on",
};

/** Changes the feed keeps: older ones are dropped as new writes are recorded. */
export const DEFAULT_CHANGE_RETENTION = 10_000;
/** How often a replica with subscribers asks Neo4j for the graph version. */
export const DEFAULT_CHANGE_POLL_MS = 1_000;
/** Caches may keep a read but must ask again (If-None-Match) every time, and only the caller's own cache: answers depend on the credential. */
export const DEFAULT_CACHE_CONTROL = "private, no-cache";

/** Every environment variable coopgraph reads; docs/configuration.md's table mirrors this. */
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
  COOPGRAPH_WARMUP: bool.default(true),
  COOPGRAPH_WARMUP_MAX_MS: positiveMs.default(4_000),
  SHUTDOWN_TIMEOUT_MS: positiveMs.default(10_000),

  COOPGRAPH_READ_ACCESS: z.enum(["open", "authenticated"]).default("open"),
  COOPGRAPH_API_KEYS: z.string().optional(),
  COOPGRAPH_API_KEYS_FILE: z.string().min(1).optional(),
  COOPGRAPH_JWT_SECRET: z.string().min(32, "must be at least 32 characters (HS256 needs a 256-bit secret)").optional(),
  COOPGRAPH_JWT_JWKS_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  COOPGRAPH_JWT_ISSUER: z.string().min(1).optional(),
  COOPGRAPH_JWT_AUDIENCE: z.string().min(1).optional(),
  COOPGRAPH_JWT_ROLES_CLAIM: z.string().min(1).default("roles"),

  COOPGRAPH_MAX_DEPTH: positiveInt.default(DEFAULT_LIMITS.depth),
  COOPGRAPH_MAX_COST: positiveInt.default(DEFAULT_LIMITS.cost),
  COOPGRAPH_MAX_ALIASES: positiveInt.default(DEFAULT_LIMITS.aliases),
  COOPGRAPH_MAX_TOKENS: positiveInt.default(DEFAULT_LIMITS.tokens),
  COOPGRAPH_MAX_BATCH: positiveInt.default(DEFAULT_LIMITS.batch),
  COOPGRAPH_MAX_BODY_BYTES: positiveInt.default(DEFAULT_LIMITS.bodyBytes),
  COOPGRAPH_MAX_UPSERT_RECORDS: positiveInt.default(DEFAULT_LIMITS.upsertRecords),
  COOPGRAPH_CYPHER_TIMEOUT_MS: positiveMs.default(DEFAULT_LIMITS.cypherTimeoutMs),
  COOPGRAPH_CYPHER_MAX_ROWS: positiveInt.default(DEFAULT_LIMITS.cypherMaxRows),
  COOPGRAPH_EXPORT_MAX_EDGES: positiveInt.default(DEFAULT_LIMITS.exportMaxEdges),
  COOPGRAPH_METRICS_MAX_EDGES: positiveInt.default(DEFAULT_LIMITS.metricsMaxEdges),
  COOPGRAPH_BETWEENNESS_EXACT_NODES: positiveInt.default(DEFAULT_LIMITS.betweennessExactNodes),
  COOPGRAPH_BETWEENNESS_PIVOTS: positiveInt.default(DEFAULT_LIMITS.betweennessPivots),
  COOPGRAPH_METRICS_TIMEOUT_MS: positiveMs.default(DEFAULT_LIMITS.metricsTimeoutMs),
  COOPGRAPH_PROJECTION: z.enum(["on", "off"]).default(DEFAULT_LIMITS.projection),
  COOPGRAPH_PROJECTION_LOAD_TIMEOUT_MS: positiveMs.default(DEFAULT_LIMITS.projectionLoadTimeoutMs),
  COOPGRAPH_RELATION_CHAINS: z.enum(["on", "off"]).default(DEFAULT_LIMITS.relationChains),

  COOPGRAPH_CORS_ORIGINS: z
    .string()
    .transform((text, ctx) => parseOrigins(text, ctx))
    .optional(),
  COOPGRAPH_RATE_LIMIT: z.coerce.number().int().min(0).default(0),
  COOPGRAPH_RATE_LIMIT_WINDOW_MS: positiveMs.default(60_000),
  COOPGRAPH_METRICS: z.enum(["loopback", "open", "off"]).default("loopback"),
  COOPGRAPH_TRACING: bool.default(false),
  COOPGRAPH_CHANGE_RETENTION: positiveInt.default(DEFAULT_CHANGE_RETENTION),
  COOPGRAPH_CHANGE_POLL_MS: z.coerce.number().int().min(100).default(DEFAULT_CHANGE_POLL_MS),
  COOPGRAPH_CACHE_CONTROL: z.string().trim().min(1).default(DEFAULT_CACHE_CONTROL),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default("http://127.0.0.1:4318"),
  OTEL_SERVICE_NAME: z.string().min(1).default("coopgraph"),
});

/**
 * Origins as browsers send them (scheme://host[:port], no path), separated by
 * commas or spaces; "*" alone allows every origin.
 */
function parseOrigins(text: string, ctx: z.RefinementCtx): string[] | "*" {
  const entries = text.split(/[\s,]+/).filter((e) => e.length > 0);
  if (entries.length === 1 && entries[0] === "*") return "*";
  for (const entry of entries) {
    let ok = false;
    try {
      const url = new URL(entry);
      ok = (url.protocol === "http:" || url.protocol === "https:") && url.origin === entry.replace(/\/$/, "");
    } catch {
      ok = false;
    }
    if (!ok) ctx.addIssue({ code: "custom", message: `"${entry}" is not an origin such as https://dashboard.example.org ("*" alone allows any)` });
  }
  return entries.map((e) => e.replace(/\/$/, ""));
}

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

export interface AuthSettings {
  readAccess: "open" | "authenticated";
  /** Entries "name:role:sha256-hex", from COOPGRAPH_API_KEYS and the lines of COOPGRAPH_API_KEYS_FILE. */
  apiKeys: string[];
  jwt: {
    secret: string | undefined;
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
    rolesClaim: string;
  };
}

/** Who may call from a browser page on another origin, how often anyone may call, what operators see. */
export interface OpsSettings {
  /** Origins allowed cross-origin; [] (the default) allows none, "*" all. */
  corsOrigins: string[] | "*";
  /** GraphQL requests per window and credential (or address, for anonymous callers); 0 turns it off. */
  rateLimit: { max: number; windowMs: number };
  /** Who may read /metrics. */
  metrics: "loopback" | "open" | "off";
  tracing: { enabled: boolean; endpoint: string; serviceName: string };
  /** The change feed: changes kept, and the interval at which subscriptions poll the graph version. */
  changes: { retention: number; pollMs: number };
  /** Cache-Control of GET and persisted-query reads (those that carry an ETag). */
  cacheControl: string;
}

export const DEFAULT_OPS: OpsSettings = {
  corsOrigins: [],
  rateLimit: { max: 0, windowMs: 60_000 },
  metrics: "loopback",
  tracing: { enabled: false, endpoint: "http://127.0.0.1:4318", serviceName: "coopgraph" },
  changes: { retention: DEFAULT_CHANGE_RETENTION, pollMs: DEFAULT_CHANGE_POLL_MS },
  cacheControl: DEFAULT_CACHE_CONTROL,
};

export interface Config {
  host: string;
  port: number;
  logLevel: string;
  logFormat: "json" | "pretty";
  neo4j: Neo4jSettings;
  local: LocalNeo4jSettings;
  seedOnEmpty: boolean;
  /** Warm the server up after it listens (src/warmup/); readiness waits for it at most maxWaitMs. */
  warmup: { enabled: boolean; maxWaitMs: number };
  shutdownTimeoutMs: number;
  auth: AuthSettings;
  limits: Limits;
  ops: OpsSettings;
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
    warmup: { enabled: e.COOPGRAPH_WARMUP, maxWaitMs: e.COOPGRAPH_WARMUP_MAX_MS },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    auth: {
      readAccess: e.COOPGRAPH_READ_ACCESS,
      apiKeys: [...splitEntries(e.COOPGRAPH_API_KEYS ?? ""), ...readKeysFile(e.COOPGRAPH_API_KEYS_FILE)],
      jwt: {
        secret: e.COOPGRAPH_JWT_SECRET,
        jwksUrl: e.COOPGRAPH_JWT_JWKS_URL,
        issuer: e.COOPGRAPH_JWT_ISSUER,
        audience: e.COOPGRAPH_JWT_AUDIENCE,
        rolesClaim: e.COOPGRAPH_JWT_ROLES_CLAIM,
      },
    },
    limits: {
      depth: e.COOPGRAPH_MAX_DEPTH,
      cost: e.COOPGRAPH_MAX_COST,
      aliases: e.COOPGRAPH_MAX_ALIASES,
      tokens: e.COOPGRAPH_MAX_TOKENS,
      batch: e.COOPGRAPH_MAX_BATCH,
      bodyBytes: e.COOPGRAPH_MAX_BODY_BYTES,
      upsertRecords: e.COOPGRAPH_MAX_UPSERT_RECORDS,
      cypherTimeoutMs: e.COOPGRAPH_CYPHER_TIMEOUT_MS,
      cypherMaxRows: e.COOPGRAPH_CYPHER_MAX_ROWS,
      exportMaxEdges: e.COOPGRAPH_EXPORT_MAX_EDGES,
      metricsMaxEdges: e.COOPGRAPH_METRICS_MAX_EDGES,
      betweennessExactNodes: e.COOPGRAPH_BETWEENNESS_EXACT_NODES,
      betweennessPivots: e.COOPGRAPH_BETWEENNESS_PIVOTS,
      metricsTimeoutMs: e.COOPGRAPH_METRICS_TIMEOUT_MS,
      projection: e.COOPGRAPH_PROJECTION,
      projectionLoadTimeoutMs: e.COOPGRAPH_PROJECTION_LOAD_TIMEOUT_MS,
      relationChains: e.COOPGRAPH_RELATION_CHAINS,
    },
    ops: {
      corsOrigins: e.COOPGRAPH_CORS_ORIGINS ?? [],
      rateLimit: { max: e.COOPGRAPH_RATE_LIMIT, windowMs: e.COOPGRAPH_RATE_LIMIT_WINDOW_MS },
      metrics: e.COOPGRAPH_METRICS,
      tracing: { enabled: e.COOPGRAPH_TRACING, endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: e.OTEL_SERVICE_NAME },
      changes: { retention: e.COOPGRAPH_CHANGE_RETENTION, pollMs: e.COOPGRAPH_CHANGE_POLL_MS },
      cacheControl: e.COOPGRAPH_CACHE_CONTROL,
    },
  };
}

/** Entries separated by commas or whitespace; blank entries and # comments dropped. */
function splitEntries(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/#.*$/, ""))
    .flatMap((line) => line.split(/[\s,]+/))
    .filter((entry) => entry.length > 0);
}

function readKeysFile(path: string | undefined): string[] {
  if (!path) return [];
  try {
    return splitEntries(readFileSync(path, "utf8"));
  } catch (err) {
    throw new ConfigError(`COOPGRAPH_API_KEYS_FILE: cannot read ${path}: ${(err as Error).message}`);
  }
}
