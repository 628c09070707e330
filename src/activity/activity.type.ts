import { Field, Int, ObjectType } from "type-graphql";
import { RelationshipRole } from "../graphql/model.enums.js";
import { ActivityDimension, ActivityMeasure, EventKind } from "./activity.enums.js";

/** The GraphQL types of activity(); the values behind them are in activity.model.ts, the entity fields in activity.resolver.ts. */

@ObjectType({ description: "One combination of the requested dimensions' values and the measure for it. A dimension not grouped by is null." })
export class ActivityRow {
  @Field(() => Int, { nullable: true, description: "YEAR: the year; null for undated events, or when not grouped by YEAR." })
  year!: number | null;

  @Field(() => String, { nullable: true, description: "REGION: the region's code (ESA, EUR, AP, MENA, AMS, WCA); null for organizations, or when not grouped by REGION." })
  regionCode!: string | null;

  @Field(() => EventKind, { nullable: true, description: "EVENT_KIND: the events' kind; null for events without one, or when not grouped by EVENT_KIND." })
  eventKind!: string | null;

  @Field(() => RelationshipRole, { nullable: true, description: "ROLE: the participation's or appearance's role; null when not grouped by ROLE." })
  role!: string | null;

  @Field(() => Int, { description: "The measure for this combination." })
  value!: number;
}

@ObjectType({ description: "An aggregation: the measure grouped by the requested dimensions, one page of rows in the requested order." })
export class Activity {
  @Field(() => ActivityMeasure, { description: "What the rows count." })
  measure!: ActivityMeasure;

  @Field(() => [ActivityDimension], { description: "The dimensions the rows are grouped by, as requested." })
  groupBy!: ActivityDimension[];

  @Field(() => [ActivityRow], { description: "The rows from offset, at most first of them." })
  rows!: ActivityRow[];

  @Field(() => Int, { description: "How many rows the whole aggregation has (every page)." })
  totalRows!: number;

  @Field(() => Boolean, { description: "True when rows follow this page: ask again with offset + first." })
  hasMore!: boolean;

  @Field(() => Boolean, { description: "Whether foldMembers was asked: members' affiliates took part as the members." })
  foldedMembers!: boolean;
}
