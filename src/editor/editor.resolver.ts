import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { Capability } from "../auth/auth.roles.js";
import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { GraphChangeInput } from "./editor.inputs.js";
import type { EditorService } from "./editor.service.js";
import { GraphChangePayload } from "./editor.type.js";

@Resolver()
export class EditorResolver {
  constructor(private readonly editor: EditorService) {}

  @Authorized(Capability.WRITE)
  @Mutation(() => GraphChangePayload, {
    description:
      "Creates or updates sources, entities and relationships (editor role). Every record is checked first (fields, labels, " +
      "endpoints, sources) and then all are written in one transaction: on any problem nothing is written. Repeating a call " +
      "changes nothing (all unchanged). dryRun: check and count, write nothing.",
  })
  async upsertGraph(
    @Arg("input", () => GraphChangeInput, { description: "The sources, entities and relationships to write (at most COOPGRAPH_MAX_UPSERT_RECORDS together)." }) input: GraphChangeInput,
    @Arg("dryRun", () => Boolean, { defaultValue: false, description: "true: check every record and count what would change, write nothing." }) dryRun: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GraphChangePayload> {
    const metadata = { ...ctx.runOptions.metadata };
    const summary = await this.editor.upsertGraph(input, { dryRun, metadata, actor: ctx.principal?.subject ?? "anonymous" });
    const entities = dryRun ? [] : await ctx.loaders.entity.loadMany(summary.ids);
    return {
      dryRun,
      nodes: summary.nodes,
      relationships: summary.relationships,
      graphVersion: summary.version ?? null,
      entities: entities.filter((e): e is EntityValue => e !== null && !(e instanceof Error)),
    };
  }
}
