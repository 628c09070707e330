import { Field, Int, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";
import { PartialDate } from "../graphql/scalars.js";

@ObjectType({ description: "One part of a count the source splits by attendance: '24 in person' is attendance in_person, value 24." })
export class CountPart {
  @Field(() => String, { description: "in_person or online." })
  attendance!: string;

  @Field(() => Int)
  value!: number;

  @Field(() => String, { nullable: true, description: "exactly, over, more_than, at_least, about or up_to." })
  qualifier!: string | null;
}

@ObjectType({ description: "A count as the source states it: 'over 150 delegates' is value 150, qualifier over." })
export class StatedCount {
  @Field(() => String, { description: "delegates, participants, organizations, countries or administrations." })
  name!: string;

  @Field(() => Int)
  value!: number;

  @Field(() => String, { nullable: true, description: "exactly, over, more_than, at_least, about or up_to." })
  qualifier!: string | null;

  @Field(() => String, { nullable: true, description: "What the source says is counted." })
  scope!: string | null;

  @Field(() => Boolean, { description: "False when the source states only the parts (24 in person + 112 online) and value is their sum." })
  valueStated!: boolean;

  @Field(() => [CountPart], { description: "The parts by attendance, where the source splits the count; empty otherwise." })
  parts!: CountPart[];
}

@ObjectType({ implements: [Node, Entity], description: "A conference, meeting, workshop, training, lecture, operation..." })
export class Event extends Entity {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => PartialDate, { nullable: true })
  startDate!: string | null;

  @Field(() => PartialDate, { nullable: true })
  endDate!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: "in_person, virtual or hybrid." })
  format!: string | null;

  @Field(() => String, { nullable: true })
  theme!: string | null;

  @Field(() => [String])
  outcomes!: string[];

  @Field(() => [String])
  topics!: string[];

  @Field(() => [StatedCount], { description: "Counts with their qualifiers and scopes, as stated." })
  counts!: StatedCount[];
}
