import { Field, Int, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";
import { PartialDate } from "../graphql/scalars.js";

@ObjectType({ description: "One part of a count the source splits by attendance: '24 in person' is attendance in_person, value 24." })
export class CountPart {
  @Field(() => String, { description: "in_person or online." })
  attendance!: string;

  @Field(() => Int, { description: "The number of this part, e.g. 24." })
  value!: number;

  @Field(() => String, { nullable: true, description: "exactly, over, more_than, at_least, about or up_to." })
  qualifier!: string | null;
}

@ObjectType({ description: "A count as the source states it: 'over 150 delegates' is value 150, qualifier over." })
export class StatedCount {
  @Field(() => String, { description: "delegates, participants, organizations, countries or administrations." })
  name!: string;

  @Field(() => Int, { description: "The number stated (150 for 'over 150 delegates'), or the sum of the parts when valueStated is false." })
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
  @Field(() => String, { description: "The event's title as its sources give it, e.g. WCO Security Summit." })
  title!: string;

  @Field(() => String, { description: "conference, meeting, workshop, training, lecture, lecture_series, operation, webinar, signing, launch, committee_session or summit." })
  kind!: string;

  @Field(() => PartialDate, { nullable: true, description: "First day, as precise as the sources give it (2019, 2019-05 or 2019-05-28); null when unknown." })
  startDate!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "Last day, as precise as the sources give it; null for a one-day event or when unknown." })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: "The city it was held in; null when virtual or unknown." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "The country it was held in, by name; null when virtual or unknown." })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "The building or place, e.g. WCO headquarters, Brussels; null when not stated." })
  venue!: string | null;

  @Field(() => String, { nullable: true, description: "in_person, virtual or hybrid." })
  format!: string | null;

  @Field(() => String, { nullable: true, description: "The event's stated theme or motto; null when none is stated." })
  theme!: string | null;

  @Field(() => [String], { description: "What the sources say came out of it (agreements, recommendations...), one item each; empty when none is stated." })
  outcomes!: string[];

  @Field(() => [String], { description: "Subjects discussed, as the sources name them; empty when none is stated." })
  topics!: string[];

  @Field(() => [StatedCount], { description: "Counts with their qualifiers and scopes, as stated." })
  counts!: StatedCount[];
}
