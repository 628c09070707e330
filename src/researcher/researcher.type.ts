import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "The rows of a researcher's Cypher statement, as JSON." })
export class CypherResult {
  @Field(() => [String], { description: "Column names in RETURN order." })
  columns!: string[];

  @Field(() => [GraphQLJSONObject], {
    description: "One object per row. Nodes are { elementId, labels, properties }, relationships { elementId, type, start, end, properties }, paths { nodes, relationships }, temporal values ISO strings.",
  })
  rows!: Record<string, unknown>[];

  @Field(() => Boolean, { description: "True when the statement had more rows than maxRows: only the first maxRows are here." })
  truncated!: boolean;

  @Field(() => String, { description: "Neo4j's classification of the statement (always r: read)." })
  queryType!: string;

  @Field(() => Int, { description: "Time to run the statement and read its rows, in milliseconds." })
  elapsedMs!: number;
}
