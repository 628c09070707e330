import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { GraphQLID, GraphQLInt, GraphQLNonNull, type GraphQLSchema } from "graphql";
import { NeighbourhoodArgs, NetworkArgs, PathArgs } from "../analysis/analysis.args.js";
import type { Principal } from "../auth/auth.roles.js";
import type { QueryObserver, RunOptions } from "../db/query-runner.js";
import { ErrorCode, isAppError, NotFoundError } from "../errors/errors.js";
import { createContext, type LoaderFactory } from "../graphql/context.js";
import type { App } from "../server.js";
import { FORMATS, formatNamed, type ExportFormat } from "./export.formats.js";
import type { ExportGraph } from "./export.model.js";
import { paramsOf, readParams, type ParamSpec, type QueryString } from "./export.params.js";
import type { ExportContext, ExportService } from "./export.service.js";

/**
 * GET /export/<what>.<format>: downloads of what the API can draw, with the
 * query string holding the arguments of the query it mirrors. Access, rate
 * limit and query time limit are those of GraphQL reads. Everything is read,
 * checked and counted before the first byte; an error before then is a JSON
 * error in the GraphQL shape with the error's status. See docs/exports.md.
 */

export const EXPORT_ROUTE = "/export/:file";

export interface ExportRouteOptions {
  schema: GraphQLSchema;
  exports: ExportService;
  loaders: LoaderFactory;
  /** The caller, once its credential is checked for reading (throws UNAUTHENTICATED or FORBIDDEN). */
  reader: (request: FastifyRequest) => Promise<Principal | undefined>;
  /** The graph version, for the ETag. */
  graphVersion: (opts: RunOptions) => Promise<number>;
  observers: QueryObserver[];
  cacheControl: string;
}

type Values = Record<string, unknown>;

/** One kind of export: the parameters it takes and how it reads its graph. */
interface ExportKind {
  name: string;
  /** What the file holds, for its description. */
  title: string;
  params: ParamSpec[];
  read(values: Values, withSources: boolean, ctx: ExportContext): Promise<ExportGraph>;
}

const INT: ParamSpec["type"] = GraphQLInt;

function kinds(schema: GraphQLSchema, service: ExportService): ExportKind[] {
  // Exports return the whole network by default: maxEdges, when given, cuts it as cooperationNetwork does, up to the export limit.
  const network = [...paramsOf(schema, "cooperationNetwork", ["maxEdges"]), { name: "maxEdges", type: INT, defaultValue: undefined }];
  return [
    {
      name: "network",
      title: "Cooperation network",
      params: network,
      read: ({ maxEdges, ...values }, withSources, ctx) =>
        service.network({ args: Object.assign(new NetworkArgs(), values), maxEdges: typeof maxEdges === "number" ? maxEdges : null }, withSources, ctx),
    },
    {
      name: "ego",
      title: "Ego network",
      params: [{ name: "id", type: new GraphQLNonNull(GraphQLID), defaultValue: undefined }, ...network.filter((p) => p.name !== "maxEdges")],
      read: ({ id, ...values }, withSources, ctx) => service.ego(String(id), Object.assign(new NetworkArgs(), values), withSources, ctx),
    },
    {
      name: "neighbourhood",
      title: "Neighbourhood",
      params: paramsOf(schema, "neighbourhood"),
      read: (values, withSources, ctx) => service.neighbourhood(Object.assign(new NeighbourhoodArgs(), values), withSources, ctx),
    },
    {
      name: "path",
      title: "Shortest path",
      params: paramsOf(schema, "shortestPath"),
      read: (values, withSources, ctx) => service.path(Object.assign(new PathArgs(), values), withSources, ctx),
    },
  ];
}

/** "network.gexf" → the kind and the format, or NOT_FOUND naming what exists. */
function resolve(file: string, all: readonly ExportKind[]): { kind: ExportKind; format: ExportFormat } {
  const dot = file.indexOf(".");
  const kindName = dot < 0 ? file : file.slice(0, dot);
  const kind = all.find((k) => k.name === kindName);
  if (!kind) throw new NotFoundError(`No export ${JSON.stringify(kindName.slice(0, 40))}: exports are ${all.map((k) => k.name).join(", ")}`, { argument: "what" });
  const formatName = dot < 0 ? "" : file.slice(dot + 1);
  const format = formatNamed(formatName);
  if (!format) throw new NotFoundError(`No format ${JSON.stringify(formatName.slice(0, 40))}: formats are ${FORMATS.map((f) => f.name).join(", ")}`, { argument: "format" });
  return { kind, format };
}

/** The parameters the caller gave (not the defaults), as text: for the file name and the description. */
function given(kind: ExportKind, query: QueryString, values: Values): [string, string][] {
  return kind.params.filter((p) => query[p.name] !== undefined).map((p) => [p.name, Array.isArray(values[p.name]) ? (values[p.name] as unknown[]).join(",") : String(values[p.name])]);
}

/** coopgraph-network-region-AP-from-2018.gexf: the filter in the name, in characters every file system takes. */
export function fileName(kind: string, filter: [string, string][], format: string): string {
  const parts = [kind, ...filter.flatMap(([k, v]) => [k, v])].join("-").replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/-+/g, "-");
  return `coopgraph-${parts.slice(0, 180).replace(/-$/, "")}.${format}`;
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  if (!isAppError(error)) {
    request.log.error({ err: error }, "export failed");
    const message = `Internal server error; the log has the details under request id ${request.id}.`;
    return reply.code(500).type("application/json; charset=utf-8").send({ errors: [{ message, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
  }
  const { http, ...extensions } = error.extensions as { http?: { status?: number } } & Record<string, unknown>;
  return reply
    .code(http?.status ?? 400)
    .type("application/json; charset=utf-8")
    .send({ errors: [{ message: error.message, extensions: { ...extensions, code: error.code } }] });
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === etag);
}

export function registerExports(app: App, options: ExportRouteOptions): void {
  const all = kinds(options.schema, options.exports);
  app.get(EXPORT_ROUTE, async (request: FastifyRequest<{ Params: { file: string }; Querystring: QueryString }>, reply) => {
    try {
      const { kind, format } = resolve(request.params.file, all);
      const principal = await options.reader(request);
      const values = readParams(kind.params, request.query);
      const filter = given(kind, request.query, values);
      const context = createContext(request.id, request.log, options.loaders, principal, options.observers);
      const version = await options.graphVersion(context.runOptions);
      const who = principal ? `${principal.via}:${principal.subject}:${[...principal.roles].sort().join(",")}` : "anonymous";
      const etag = `"${version}-${createHash("sha256").update(JSON.stringify([kind.name, format.name, values, who])).digest("hex").slice(0, 32)}"`;
      reply.header("etag", etag).header("cache-control", options.cacheControl).header("x-coopgraph-graph-version", String(version));
      if (matches(request.headers["if-none-match"], etag)) return reply.code(304).send();

      const filterText = filter.map(([k, v]) => `${k}=${v}`).join(", ");
      const graph = await kind.read(values, format.spellsOutSources, { loader: context.loaders.entity, opts: context.runOptions });
      graph.description = `${kind.title}${filterText ? ` (${filterText})` : ""}: ${graph.nodes.length} nodes, ${graph.edges.length} edges; coopgraph graph version ${version}`;
      return reply
        .header("x-cypher-statements", String(context.statements.count))
        .header("content-disposition", `attachment; filename="${fileName(kind.name, filter, format.name)}"`)
        .type(format.contentType)
        .send(format.write(graph, new Date().toISOString().slice(0, 10)));
    } catch (error) {
      reply.removeHeader("etag").removeHeader("cache-control");
      return sendError(request, reply, error);
    }
  });
}
