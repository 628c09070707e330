import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.type.js";
import type { EntityValue } from "../entity/entity.model.js";

@ObjectType({ description: "How many records a write created, changed, or found already as given." })
export class WriteOutcomes {
  @Field(() => Int, { description: "Records that did not exist and were (or would be) created." })
  created!: number;

  @Field(() => Int, { description: "Records that existed and had some field, source or alternative changed." })
  updated!: number;

  @Field(() => Int, { description: "Records already stored exactly as given: nothing written." })
  unchanged!: number;
}

@ObjectType({ description: "What upsertGraph did (or, in a dry run, would do)." })
export class GraphChangePayload {
  @Field(() => Boolean, { description: "True when nothing was written: the counts say what would have changed." })
  dryRun!: boolean;

  @Field(() => WriteOutcomes, { description: "Sources and entities." })
  nodes!: WriteOutcomes;

  @Field(() => WriteOutcomes, { description: "Relationships." })
  relationships!: WriteOutcomes;

  @Field(() => Int, { nullable: true, description: "The graph version this write produced; null when it changed nothing or in a dry run." })
  graphVersion!: number | null;

  @Field(() => [Entity], { description: "The sources and entities of the call as now stored, in the order given (empty in a dry run)." })
  entities!: EntityValue[];
}
