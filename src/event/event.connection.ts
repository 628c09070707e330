import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../graphql/pagination.js";
import { PartialDate } from "../graphql/scalars.js";
import { Event } from "./event.type.js";

@InputType({ description: "Event filters; all given filters must hold." })
export class EventFilter {
  @Field(() => [ID], { nullable: true, description: "Only these ids (at most 100)." })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive text in the title, city or country." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "conference, meeting, workshop, training, lecture, webinar..." })
  kind?: string | null;

  @Field(() => PartialDate, { nullable: true, description: "Events that end on or after this date." })
  from?: string | null;

  @Field(() => PartialDate, { nullable: true, description: "Events that start on or before this date (2019 includes all of 2019)." })
  to?: string | null;

  @Field(() => String, { nullable: true, description: "Activities of this programme (code) or its sub-programmes, or events that addressed them." })
  programme?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only synthetic events; false: only real ones; absent: both." })
  synthetic?: boolean | null;
}

export enum EventOrder {
  START_DATE_DESC = "START_DATE_DESC",
  START_DATE_ASC = "START_DATE_ASC",
  TITLE_ASC = "TITLE_ASC",
  TITLE_DESC = "TITLE_DESC",
}
registerEnumType(EventOrder, { name: "EventOrder" });

@ObjectType()
export class EventEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Event)
  node!: Event;
}

@ObjectType({ description: "A page of events (Relay connection)." })
export class EventConnection {
  @Field(() => [EventEdge])
  edges!: EventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
