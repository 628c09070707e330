import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How many records of one kind a write created and updated; the id lists keep at most 1,000 of each." })
export class ChangeCounts {
  @Field(() => Int, { description: "How many were created." })
  created!: number;

  @Field(() => Int, { description: "How many existed and had properties changed." })
  updated!: number;
}

@ObjectType({
  description:
    "One write through coopgraph (an import file or an upsertGraph call) that changed the graph, and the graph version it produced.",
})
export class GraphChange {
  @Field(() => Int, { description: "The graph version after this write; versions increase by one per write." })
  version!: number;

  @Field(() => String, { description: "When it was committed (ISO date-time, UTC)." })
  at!: string;

  @Field(() => String, { description: "Who wrote: the credential's name for upsertGraph, \"import\" for the importer and the seed." })
  actor!: string;

  @Field(() => String, { description: "What was written: the import file's name, or upsertGraph." })
  origin!: string;

  @Field(() => [ID], { description: "Sources and entities created (at most 1,000; nodes.created counts them all)." })
  created!: string[];

  @Field(() => [ID], { description: "Sources and entities whose properties changed (at most 1,000)." })
  updated!: string[];

  @Field(() => [String], { description: "Relationships created, as from -[TYPE]-> to (at most 1,000)." })
  relationshipsCreated!: string[];

  @Field(() => [String], { description: "Relationships whose properties changed, as from -[TYPE]-> to (at most 1,000)." })
  relationshipsUpdated!: string[];

  @Field(() => ChangeCounts, { description: "Sources and entities written, all of them counted." })
  nodes!: ChangeCounts;

  @Field(() => ChangeCounts, { description: "Relationships written, all of them counted." })
  relationships!: ChangeCounts;
}

@ObjectType({ description: "Changes after a graph version, oldest first." })
export class GraphChangePage {
  @Field(() => Int, { description: "The graph version now: ask again with since set to the last change's version (or this, when there are none)." })
  version!: number;

  @Field(() => [GraphChange], { description: "The changes after `since`, oldest first (at most `first`)." })
  changes!: GraphChange[];

  @Field(() => Boolean, { description: "More changes follow the last one of this page." })
  hasMore!: boolean;

  @Field(() => Boolean, {
    description:
      "False when changes after since were already dropped (only the newest COOPGRAPH_CHANGE_RETENTION are kept): re-read what you cache.",
  })
  complete!: boolean;
}
