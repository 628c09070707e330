import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { getOperationAST, parse } from "graphql";
import type { Principal } from "../auth/auth.roles.js";
import { ErrorCode } from "../errors/errors.js";
import type { App } from "../server.js";

export interface EtagOptions {
  /** The GraphQL route. */
  path: string;
  /** Sent with every answer that carries an ETag (COOPGRAPH_CACHE_CONTROL). */
  cacheControl: string;
  /** The graph version in Neo4j: one small statement per request that qualifies. */
  graphVersion: () => Promise<number>;
  /** The caller, when its credential is valid and may read; undefined for an anonymous reader; throws when refused. */
  reader: (request: FastifyRequest) => Promise<Principal | undefined>;
  /** Told whether each tagged read was answered from the client's cache (304) or in full. */
  onRevalidate?: (hit: boolean) => void;
}

/** What a GET query string or a persisted-query POST body says. */
interface Params {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

/** Documents of persisted-query hashes this process has seen, so a hash alone can be recognised as a read. */
const KNOWN_HASHES_MAX = 1_000;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function persistedHash(extensions: unknown): string | undefined {
  const pq = (parseJson(extensions) as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof pq?.sha256Hash === "string" ? pq.sha256Hash : undefined;
}

function isQuery(document: string, operationName: unknown): boolean {
  try {
    return getOperationAST(parse(document), typeof operationName === "string" ? operationName : undefined)?.operation === "query";
  } catch {
    return false; // Apollo reports the syntax error
  }
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

/**
 * ETags for reads a cache can keep: GET requests and persisted-query POSTs of a
 * query (never a mutation, never a plain POST). The tag hashes the graph
 * version, the request (document or hash, variables, operation name) and the
 * caller, so it changes with every write through coopgraph and differs between
 * credentials. A matching If-None-Match is answered 304 before the operation
 * runs. The version is read before the operation, so an answer is never older
 * than its tag says. Also answers a persisted-query hash that does not match
 * its document with 400 BAD_REQUEST, which Apollo sends without a code.
 */
export function registerEtags(app: App, options: EtagOptions): void {
  const known = new Map<string, string>();
  const tags = new WeakMap<FastifyRequest, string>();

  app.addHook("preHandler", async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.url !== options.path) return;
    const params = (request.method === "GET" ? request.query : request.method === "POST" ? request.body : undefined) as Params | undefined;
    if (!params || typeof params !== "object" || Array.isArray(params)) return;
    const hash = persistedHash(params.extensions);
    if (request.method === "POST" && hash === undefined) return;
    let document = typeof params.query === "string" ? params.query : undefined;
    if (hash !== undefined) {
      if (document !== undefined && sha256(document) !== hash) {
        return reply.code(400).type("application/json; charset=utf-8").send({
          errors: [{ message: "The persisted query's sha256Hash does not match its query.", extensions: { code: ErrorCode.BAD_REQUEST } }],
        });
      }
      if (document !== undefined && !known.has(hash)) {
        if (known.size >= KNOWN_HASHES_MAX) known.delete(known.keys().next().value as string);
        known.set(hash, document);
      }
      document ??= known.get(hash);
    }
    if (document === undefined || !isQuery(document, params.operationName)) return;
    let caller: Principal | undefined;
    let version: number;
    try {
      caller = await options.reader(request);
      version = await options.graphVersion();
    } catch {
      return; // refused, or Neo4j is down: the operation reports it with its own code
    }
    const who = caller ? `${caller.via}:${caller.subject}:${[...caller.roles].sort().join(",")}` : "anonymous";
    const key = JSON.stringify([document, params.variables ?? null, params.operationName ?? null, who]);
    const etag = `"${version}-${sha256(key).slice(0, 32)}"`;
    const hit = matches(request.headers["if-none-match"], etag);
    options.onRevalidate?.(hit);
    if (hit) {
      return reply.code(304).header("etag", etag).header("cache-control", options.cacheControl).send();
    }
    tags.set(request, etag);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const etag = tags.get(request);
    // An answer with errors (a timeout, an outage) must not be revalidated as if it were the data.
    if (etag && reply.statusCode === 200 && typeof payload === "string" && !payload.includes('"errors":')) {
      reply.header("etag", etag).header("cache-control", options.cacheControl);
    }
    return payload;
  });
}
