import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";

/** The GraphQL types of the network metrics; the values behind them are in network.model.ts. */

export enum NetworkMetric {
  DEGREE = "DEGREE",
  STRENGTH = "STRENGTH",
  BETWEENNESS = "BETWEENNESS",
  PAGE_RANK = "PAGE_RANK",
  EIGENVECTOR = "EIGENVECTOR",
  CLUSTERING = "CLUSTERING",
}
registerEnumType(NetworkMetric, {
  name: "NetworkMetric",
  description: "A measure of an actor's place in a cooperation network, computed on the whole filtered network (every edge of the filter, not only those drawn).",
  valuesConfig: {
    DEGREE: { description: "Partners: edges of the actor." },
    STRENGTH: { description: "Weighted degree: the sum of the actor's edge weights (shared events, counted per partner)." },
    BETWEENNESS: {
      description:
        "Shortest paths between other actors that pass through this one, edge weights read as distances (1/weight: actors that shared more events are closer); " +
        "unnormalised, each pair of actors counted once. Exact up to a size, sampled above it (the answer's metrics.betweenness says which).",
    },
    PAGE_RANK: { description: "PageRank, weighted by shared events, damping 0.85: the share of a random walk's time spent at the actor (all sum to 1)." },
    EIGENVECTOR: { description: "Eigenvector centrality, weighted: high when the actor's partners are central themselves (unit Euclidean norm)." },
    CLUSTERING: { description: "Local clustering coefficient (unweighted): the share of pairs of the actor's partners that are partners themselves; 0 below two partners." },
  },
});

@ObjectType({ description: "How betweenness was computed: exactly (Brandes), or estimated from a sample of source actors (Brandes–Pich) when the network is over the exact size." })
export class BetweennessMethod {
  @Field(() => Boolean, { description: "True: every actor was a source (the exact value). False: the values are estimates from `pivots` sources." })
  exact!: boolean;

  @Field(() => Int, { description: "Source actors used: every actor when exact, else the sample size." })
  pivots!: number;

  @Field(() => Int, { nullable: true, description: "The seed of the sample (fixed: the same request gives the same estimate); null when exact." })
  seed!: number | null;
}

@ObjectType({ description: "Whether an iterative measure (PageRank, eigenvector centrality) converged; when not, its values are null rather than wrong." })
export class Convergence {
  @Field(() => Boolean, { description: "True when the power iteration reached its tolerance." })
  converged!: boolean;

  @Field(() => String, { nullable: true, description: "Why there are no values (null when converged)." })
  reason!: string | null;
}

@ObjectType({ description: "Communities found by Louvain (seeded: the same request gives the same partition), numbered by size from 0 (the largest; ties by their first actor id)." })
export class Communities {
  @Field(() => Float, { description: "The resolution asked for: above 1, more and smaller communities; below 1, fewer and larger." })
  resolution!: number;

  @Field(() => Int, { description: "How many communities." })
  count!: number;

  @Field(() => Float, { description: "Newman's modularity of the partition (weighted, at resolution 1), from -0.5 to 1: above about 0.3, a marked community structure." })
  modularity!: number;

  @Field(() => Int, { description: "The seed of Louvain's random order (fixed)." })
  seed!: number;
}

// Every field is a field resolver (network.resolver.ts): each computes only what it needs.
@ObjectType({ description: "Facts about the metrics of a whole filtered network: its size and how each measure was computed. Each field is computed only when asked for." })
export class NetworkMetrics {}

@ObjectType({ description: "An actor's place in a ranking by one metric." })
export class RankedActor {
  @Field(() => Int, { description: "1 for the highest value; equal values (to 12 significant digits) share a rank (1, 2, 2, 4)." })
  rank!: number;

  // Named entityId, not id: a normalising cache would merge this ranking's values into every other answer about the entity (docs/dashboards.md).
  @Field(() => ID, { name: "entityId", description: "Id of the member or organization (node gives the entity itself)." })
  id!: string;

  @Field(() => Float, { description: "The actor's value of the metric." })
  value!: number;
}

@ObjectType({ description: "Actors ranked by one metric of the whole filtered cooperation network, highest first (ties by id)." })
export class Ranking {
  @Field(() => NetworkMetric, { description: "The metric ranked by." })
  metric!: NetworkMetric;

  @Field(() => [RankedActor], { description: "The first actors, highest value first; empty when the metric has no values (eigenvector centrality that did not converge: metrics.eigenvector says why)." })
  actors!: unknown[];

  @Field(() => Int, { description: "Actors ranked: every actor of the whole filtered network." })
  totalActors!: number;
}
