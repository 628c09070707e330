import { NetworkArgs, type NeighbourhoodArgs, type PathArgs } from "../analysis/analysis.args.js";
import type { EntityLoader } from "../analysis/analysis.entities.js";
import type { AnalysisService } from "../analysis/analysis.service.js";
import { validate } from "../analysis/analysis.validate.js";
import type { RunOptions } from "../db/query-runner.js";
import { checkEntityId } from "../entity/entity.resolver.js";
import type { EntityValue } from "../entity/entity.model.js";
import { AppError, BadUserInputError, ErrorCode, NotFoundError } from "../errors/errors.js";
import { citedSources, egoNetwork, neighbourhoodGraph, networkGraph, pathGraph, sourceMap } from "./export.graph.js";
import type { ExportGraph } from "./export.model.js";

const NARROW = "narrow it with region, programme, from/to or minWeight";

/** The request's entity loader and statement options: what one export reads through. */
export interface ExportContext {
  loader: EntityLoader;
  opts: RunOptions;
}

/** The cooperation network's arguments for an export: maxEdges null means the whole network. */
export interface NetworkExportArgs {
  args: NetworkArgs;
  maxEdges: number | null;
}

/**
 * The exports: each checks its arguments with the analyses' own checks (the
 * same errors as the GraphQL queries), reads everything it writes, and counts
 * it against the export limit, before a byte of the file is written, so a
 * refused or failed export never leaves a partial file.
 */
export class ExportService {
  constructor(
    private readonly analysis: AnalysisService,
    /** The most edges one export may hold (COOPGRAPH_EXPORT_MAX_EDGES). */
    readonly maxEdges: number,
  ) {}

  /** The cooperation network of a filter: the whole of it, or its maxEdges heaviest edges as cooperationNetwork cuts them. */
  async network({ args, maxEdges }: NetworkExportArgs, withSources: boolean, ctx: ExportContext): Promise<ExportGraph> {
    if (maxEdges !== null && (!Number.isInteger(maxEdges) || maxEdges < 1 || maxEdges > this.maxEdges)) {
      throw new BadUserInputError(`maxEdges must be a whole number from 1 to the export limit of ${this.maxEdges}; got ${maxEdges}`, { argument: "maxEdges" });
    }
    const network = await this.analysis.networkWithin(args, maxEdges ?? this.maxEdges, ctx.opts);
    if (maxEdges === null) this.withinLimit(network.totalEdges, "the cooperation network of this filter", `${NARROW} or ask for its heaviest edges with maxEdges`);
    return this.build(network.nodes.map((n) => n.id), (entities) => networkGraph("network", network, entities), withSources, ctx);
  }

  /**
   * An actor's ego network: the actor, every actor it shares an edge with in the
   * cooperation network of the filter, and every edge among them, with the
   * network's weights. It is cut from the whole network, which must be within
   * the export limit.
   */
  async ego(id: string, args: NetworkArgs, withSources: boolean, ctx: ExportContext): Promise<ExportGraph> {
    checkEntityId(id);
    validate(Object.assign(new NetworkArgs(), args, { maxEdges: 1 }));
    const actor = await ctx.loader.load(id);
    if (!actor) throw new NotFoundError(`No entity has the id ${JSON.stringify(id)}`, { argument: "id" });
    if (actor.__typename !== "Member" && actor.__typename !== "Organization") {
      throw new BadUserInputError(`${id} is a ${actor.__typename}; an ego network is asked of a Member or an Organization`, { argument: "id" });
    }
    if (actor.__typename === "Organization" && !args.includeOrganizations) {
      throw new BadUserInputError(`${id} is an Organization: organizations are in the network only with includeOrganizations=true`, { argument: "includeOrganizations" });
    }
    const network = await this.analysis.networkWithin(args, this.maxEdges, ctx.opts);
    this.withinLimit(network.totalEdges, "the cooperation network this ego network is cut from", NARROW);
    const ego = egoNetwork(network, id);
    const alone = ego.nodes.length === 0 ? { ...ego, nodes: [{ id, degree: 0, strength: 0, keptDegree: 0, keptStrength: 0, via: [] }] } : ego;
    return this.build(alone.nodes.map((n) => n.id), (entities) => networkGraph("ego", alone, entities), withSources, ctx);
  }

  /** An entity's neighbourhood, as the neighbourhood query answers it. */
  async neighbourhood(args: NeighbourhoodArgs, withSources: boolean, ctx: ExportContext): Promise<ExportGraph> {
    const value = await this.analysis.neighbourhood(args, ctx.loader, ctx.opts);
    this.withinLimit(value.relationships.length, "this neighbourhood", "lower depth or limitPerLevel, or name relationship types");
    const ids = value.nodes.map((n) => n.id);
    return this.build(ids, (entities) => neighbourhoodGraph(value, entities), withSources, ctx);
  }

  /** The shortest path between two entities; NOT_FOUND when there is none within maxHops. */
  async path(args: PathArgs, withSources: boolean, ctx: ExportContext): Promise<ExportGraph> {
    const value = await this.analysis.shortestPath(args, ctx.loader, ctx.opts);
    if (!value) throw new NotFoundError(`No path of at most ${args.maxHops} relationships joins ${args.from} and ${args.to}`, { argument: "maxHops" });
    return this.build(value.nodeIds, (entities) => pathGraph(value, entities), withSources, ctx);
  }

  private withinLimit(edges: number, what: string, hint: string): void {
    if (edges > this.maxEdges) throw new ExportLimitError(what, edges, this.maxEdges, hint);
  }

  /** Reads the nodes' entities (and, for the JSON lines, the sources the nodes and edges cite) through the request's loader. */
  private async build(ids: readonly string[], make: (entities: ReadonlyMap<string, EntityValue>) => ExportGraph, withSources: boolean, ctx: ExportContext): Promise<ExportGraph> {
    const graph = make(new Map((await loadAll(ctx.loader, ids)).map((e) => [e.id, e])));
    if (withSources) graph.sources = sourceMap(await loadAll(ctx.loader, citedSources(graph.nodes, graph.edges)));
    return graph;
  }
}

/** An export over COOPGRAPH_EXPORT_MAX_EDGES: refused before the first byte, saying how to narrow it. */
export class ExportLimitError extends AppError {
  readonly code = ErrorCode.LIMIT_EXCEEDED;
  constructor(what: string, actual: number, maximum: number, hint: string) {
    const fmt = (n: number) => n.toLocaleString("en");
    super(
      `Export limit exceeded: ${what} has ${fmt(actual)} edges, over the export limit of ${fmt(maximum)} by ${fmt(actual - maximum)}; ${hint}.`,
      { extensions: { code: ErrorCode.LIMIT_EXCEEDED, http: { status: 400 }, limit: "exportEdges", maximum, actual } },
    );
  }
}

async function loadAll(loader: EntityLoader, ids: readonly string[]): Promise<EntityValue[]> {
  const found = await loader.loadMany(ids);
  return found.flatMap((e) => {
    if (e instanceof Error) throw e;
    return e ? [e] : [];
  });
}
