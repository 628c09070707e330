import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";
import { PartialDate } from "../graphql/scalars.js";

@ObjectType({ implements: [Node, Entity], description: "The WCO Security Programme, one of its sub-programmes, or a project." })
export class Programme extends Entity {
  @Field(() => String, { description: "e.g. SP, PGS, SALW, STCE, PAX, TF, APSP." })
  code!: string;

  @Field(() => String, { description: "The programme's full name, e.g. Programme Global Shield." })
  name!: string;

  @Field(() => String, { nullable: true, description: "programme, sub_programme, project, initiative or annual_theme (the WCO's theme of a year)." })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: "What it is for, in a sentence or two from its sources; null when none is recorded." })
  description!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When it began, as precise as known; null when unknown." })
  startDate!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When it ended; null while it runs or when unknown." })
  endDate!: string | null;

  @Field(() => [String], { description: "Other names and acronyms it goes by (search finds it by them); empty when none." })
  aliases!: string[];
}
