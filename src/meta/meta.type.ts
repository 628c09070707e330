import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A node label and how many nodes carry it." })
export class LabelCount {
  @Field(() => String, { description: "The label, e.g. Member." })
  label!: string;

  @Field(() => Int, { description: "How many nodes carry it." })
  count!: number;
}

@ObjectType({ description: "The Neo4j database this API reads from." })
export class DatabaseInfo {
  @Field(() => String, { description: "Product name, e.g. Neo4j Kernel." })
  product!: string;

  @Field(() => String, { description: "Neo4j's version, e.g. 5.26.30." })
  version!: string;

  @Field(() => String, { description: "community or enterprise." })
  edition!: string;

  @Field(() => String, { description: "The database name every query is sent to." })
  database!: string;

  @Field(() => Int, { description: "Nodes of the knowledge graph (entities and sources)." })
  nodeCount!: number;

  @Field(() => Int, { description: "Relationships between them." })
  relationshipCount!: number;

  @Field(() => [LabelCount], { description: "Nodes per label, sorted by label." })
  labels!: LabelCount[];
}

@ObjectType({ description: "What this service is and what it is connected to." })
export class About {
  @Field(() => String, { description: "The service's name: coopgraph." })
  service!: string;

  @Field(() => String, { description: "The service's version (package.json)." })
  version!: string;

  @Field(() => DatabaseInfo, { description: "The Neo4j database behind the API." })
  database!: DatabaseInfo;
}
