import { Arg, Args, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from "type-graphql";
import { named, type Awaitable } from "../analysis/analysis.entities.js";
import type { NetworkNodeValue, NetworkValue } from "../analysis/analysis.model.js";
import type { NetworkFilter } from "../analysis/analysis.repository.js";
import { Network, NetworkNode } from "../analysis/analysis.type.js";
import type { EntityValue } from "../entity/entity.model.js";
import { Node } from "../entity/entity.type.js";
import type { GraphQLContext } from "../graphql/context.js";
import { RankingsArgs } from "./network.args.js";
import type { NetworkMetricsValue, RankedActorValue, RankingValue } from "./network.model.js";
import { MAX_RESOLUTION, type NetworkService } from "./network.service.js";
import { BetweennessMethod, Communities, Convergence, NetworkMetric, NetworkMetrics, RankedActor, Ranking } from "./network.type.js";

/**
 * The network metrics in the schema: fields on cooperationNetwork's nodes and
 * on the network, and rankings. Each field computes only what it asks for, so
 * a plain network request costs nothing more.
 */

const RESOLUTION = `Louvain's resolution (above 0, at most ${MAX_RESOLUTION}; default 1): higher gives more, smaller communities.`;

/** The filter a network value was read with (analysis.service.ts sets it). */
function filterOf(value: { filter?: NetworkFilter }): NetworkFilter {
  if (!value.filter) throw new Error("a network value without its filter: cooperationNetwork sets it");
  return value.filter;
}

@Resolver(() => NetworkNode)
export class NetworkNodeMetricsResolver {
  constructor(private readonly service: NetworkService) {}

  @FieldResolver(() => Float, { nullable: true, description: "Betweenness in the whole filtered network (see NetworkMetric.BETWEENNESS; the network's metrics.betweenness says whether exact or sampled)." })
  betweenness(@Root() node: NetworkNodeValue, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return this.service.nodeValue(filterOf(node), node.id, NetworkMetric.BETWEENNESS, ctx.runOptions);
  }

  @FieldResolver(() => Float, { nullable: true, description: "PageRank in the whole filtered network (weighted, damping 0.85); null when it did not converge (the network's metrics.pageRank says why)." })
  pageRank(@Root() node: NetworkNodeValue, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return this.service.nodeValue(filterOf(node), node.id, NetworkMetric.PAGE_RANK, ctx.runOptions);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Eigenvector centrality in the whole filtered network (weighted); null when it did not converge (the network's metrics.eigenvector says why)." })
  eigenvector(@Root() node: NetworkNodeValue, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return this.service.nodeValue(filterOf(node), node.id, NetworkMetric.EIGENVECTOR, ctx.runOptions);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Local clustering coefficient in the whole filtered network (unweighted)." })
  clustering(@Root() node: NetworkNodeValue, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return this.service.nodeValue(filterOf(node), node.id, NetworkMetric.CLUSTERING, ctx.runOptions);
  }

  @FieldResolver(() => Int, { nullable: true, description: "The actor's Louvain community in the whole filtered network (0 the largest); the network's metrics.communities gives their count and modularity." })
  community(
    @Root() node: NetworkNodeValue,
    @Ctx() ctx: GraphQLContext,
    @Arg("resolution", () => Float, { defaultValue: 1, description: RESOLUTION }) resolution: number,
  ): Promise<number | null> {
    return this.service.nodeCommunity(filterOf(node), node.id, resolution, ctx.runOptions);
  }
}

@Resolver(() => Network)
export class NetworkMetricsFieldResolver {
  @FieldResolver(() => NetworkMetrics, { description: "The metrics of the whole filtered network: its size, how betweenness was computed, convergence, communities." })
  metrics(@Root() network: NetworkValue): NetworkMetricsValue {
    return { filter: filterOf(network) };
  }
}

@Resolver(() => NetworkMetrics)
export class NetworkMetricsResolver {
  constructor(private readonly service: NetworkService) {}

  @FieldResolver(() => Int, { description: "Actors of the whole filtered network (those with at least one edge)." })
  async nodeCount(@Root() m: NetworkMetricsValue, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await this.service.size(m.filter, ctx.runOptions)).nodes;
  }

  @FieldResolver(() => Int, { description: "Edges of the whole filtered network, every one measured (not only those drawn)." })
  async edgeCount(@Root() m: NetworkMetricsValue, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await this.service.size(m.filter, ctx.runOptions)).edges;
  }

  @FieldResolver(() => BetweennessMethod, { description: "Whether betweenness is exact or sampled (pivots and seed)." })
  async betweenness(@Root() m: NetworkMetricsValue, @Ctx() ctx: GraphQLContext): Promise<BetweennessMethod> {
    const result = await this.service.result(m.filter, "betweenness", ctx.runOptions);
    if (result.kind !== "betweenness") throw new Error(`expected betweenness, got ${result.kind}`);
    return { exact: result.exact, pivots: result.pivots, seed: result.seed };
  }

  @FieldResolver(() => Convergence, { description: "Whether PageRank converged." })
  async pageRank(@Root() m: NetworkMetricsValue, @Ctx() ctx: GraphQLContext): Promise<Convergence> {
    return convergence(await this.service.result(m.filter, "pagerank", ctx.runOptions));
  }

  @FieldResolver(() => Convergence, { description: "Whether eigenvector centrality converged." })
  async eigenvector(@Root() m: NetworkMetricsValue, @Ctx() ctx: GraphQLContext): Promise<Convergence> {
    return convergence(await this.service.result(m.filter, "eigenvector", ctx.runOptions));
  }

  @FieldResolver(() => Communities, { description: "The Louvain partition at a resolution: count and modularity." })
  async communities(
    @Root() m: NetworkMetricsValue,
    @Ctx() ctx: GraphQLContext,
    @Arg("resolution", () => Float, { defaultValue: 1, description: RESOLUTION }) resolution: number,
  ): Promise<Communities> {
    const result = await this.service.communities(m.filter, resolution, ctx.runOptions);
    return { resolution: result.resolution, count: result.count, modularity: result.modularity, seed: result.seed };
  }
}

function convergence(result: { kind: string; converged?: boolean; reason?: string | null }): Convergence {
  if (result.converged === undefined) throw new Error(`expected an iterated metric, got ${result.kind}`);
  return { converged: result.converged, reason: result.reason ?? null };
}

@Resolver(() => Ranking)
export class RankingResolver {
  constructor(private readonly service: NetworkService) {}

  @Query(() => Ranking, {
    description:
      "Actors of a cooperation network ranked by a metric (degree, strength, betweenness, PageRank, eigenvector, clustering) computed on the whole " +
      "filtered network: every edge of the filter, up to the network metrics limit (over it: BAD_USER_INPUT naming the limit). The filters are " +
      "cooperationNetwork's; maxEdges, which only cuts what is drawn, does not apply. Computed off the event loop and cached per filter and graph version.",
  })
  rankings(@Args(() => RankingsArgs) args: RankingsArgs, @Ctx() ctx: GraphQLContext): Promise<RankingValue> {
    return this.service.rankings(args, ctx.runOptions);
  }

  @FieldResolver(() => NetworkMetrics, { description: "The metrics of the whole filtered network: its size, how betweenness was computed, convergence, communities." })
  metrics(@Root() ranking: RankingValue): NetworkMetricsValue {
    return { filter: ranking.filter };
  }
}

@Resolver(() => RankedActor)
export class RankedActorResolver {
  @FieldResolver(() => Node, { description: "The member or organization." })
  node(@Root() actor: RankedActorValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> {
    return named(ctx.loaders.entity, actor.id);
  }
}
