import { ArgsType, Field } from "type-graphql";
import { Bounded, NetworkArgs } from "../analysis/analysis.args.js";
import { MAX_PAGE_SIZE } from "../graphql/page-size.js";
import { NetworkMetric } from "./network.type.js";

/** rankings: a metric and a page size over any network cooperationNetwork can describe (its filters, inherited). */
@ArgsType()
export class RankingsArgs extends NetworkArgs {
  @Field(() => NetworkMetric, { description: "The metric to rank by." })
  metric!: NetworkMetric;

  @Bounded(MAX_PAGE_SIZE, { defaultValue: 10, description: "How many actors, from the top" })
  first!: number;
}
