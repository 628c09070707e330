import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";
import { PartialDate } from "../graphql/scalars.js";

@ObjectType({ implements: [Node, Entity], description: "The WCO Security Programme, one of its sub-programmes, or a project." })
export class Programme extends Entity {
  @Field(() => String, { description: "e.g. SP, PGS, SALW, STCE, PAX, TF, APSP." })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: "programme, sub_programme, project, initiative or annual_theme (the WCO's theme of a year)." })
  kind!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => PartialDate, { nullable: true })
  startDate!: string | null;

  @Field(() => PartialDate, { nullable: true })
  endDate!: string | null;

  @Field(() => [String])
  aliases!: string[];
}
