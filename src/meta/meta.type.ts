import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A node label and how many nodes carry it." })
export class LabelCount {
  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "The Neo4j database this API reads from." })
export class DatabaseInfo {
  @Field(() => String, { description: "Product name, e.g. Neo4j Kernel." })
  product!: string;

  @Field(() => String)
  version!: string;

  @Field(() => String, { description: "community or enterprise." })
  edition!: string;

  @Field(() => String, { description: "The database name every query is sent to." })
  database!: string;

  @Field(() => Int)
  nodeCount!: number;

  @Field(() => Int)
  relationshipCount!: number;

  @Field(() => [LabelCount], { description: "Nodes per label, sorted by label." })
  labels!: LabelCount[];
}

@ObjectType({ description: "What this service is and what it is connected to." })
export class About {
  @Field(() => String)
  service!: string;

  @Field(() => String)
  version!: string;

  @Field(() => DatabaseInfo)
  database!: DatabaseInfo;
}
