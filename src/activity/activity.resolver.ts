import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { named, type Awaitable } from "../analysis/analysis.entities.js";
import type { EntityValue } from "../entity/entity.model.js";
import { Node } from "../entity/entity.type.js";
import type { GraphQLContext } from "../graphql/context.js";
import { Programme } from "../programme/programme.type.js";
import { Region } from "../region/region.type.js";
import { ActivityArgs } from "./activity.args.js";
import type { ActivityRowValue, ActivityValue } from "./activity.model.js";
import type { ActivityService } from "./activity.service.js";
import { Activity, ActivityRow } from "./activity.type.js";

/** activity(): one call to the service; each entity of a row one read of the request's entity loader (primed by the statement). */
@Resolver(() => ActivityRow)
export class ActivityResolver {
  constructor(private readonly service: ActivityService) {}

  @Query(() => Activity, {
    description:
      "Aggregations for dashboards: events, participations, distinct participants, appearances, speeches or distinct speakers, " +
      "grouped by year, programme (sub-programmes counted for their parents too), region, event kind, role and actor, " +
      "e.g. events per programme per year, the most active members of a programme, who spoke most often in which role. " +
      "Filters: programme (with its sub-programmes), region, period, event kinds, roles; synthetic data is left out unless includeSynthetic is true.",
  })
  activity(@Args(() => ActivityArgs) args: ActivityArgs, @Ctx() ctx: GraphQLContext): Promise<ActivityValue> {
    return this.service.activity(args, ctx.loaders.entity, ctx.runOptions);
  }

  @FieldResolver(() => Programme, { nullable: true, description: "PROGRAMME: the programme; null for events of no programme, or when not grouped by PROGRAMME." })
  programme(@Root() row: ActivityRowValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> | null {
    return row.programmeId === null ? null : named(ctx.loaders.entity, row.programmeId);
  }

  @FieldResolver(() => Region, { nullable: true, description: "REGION: the region; null for organizations, or when not grouped by REGION." })
  region(@Root() row: ActivityRowValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> | null {
    return row.regionId === null ? null : named(ctx.loaders.entity, row.regionId);
  }

  @FieldResolver(() => Node, { nullable: true, description: "ACTOR: the Member or Organization (participation measures) or the Person (appearance measures); null when not grouped by ACTOR." })
  actor(@Root() row: ActivityRowValue, @Ctx() ctx: GraphQLContext): Awaitable<EntityValue> | null {
    return row.actorId === null ? null : named(ctx.loaders.entity, row.actorId);
  }
}
