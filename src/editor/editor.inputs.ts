import { GraphQLJSON, GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { RelationshipType } from "../graphql/model.enums.js";

@InputType({ description: "A value a source gives that differs from the one stored, with the sources that give it." })
export class AlternativeInput {
  @Field(() => String, { description: "The property it is an alternative for, e.g. participants." })
  prop!: string;

  @Field(() => GraphQLJSON, { description: "A string, number or boolean." })
  value!: unknown;

  @Field(() => String, { nullable: true, description: "For counts: exact, over, more_than, about, at_least, up_to." })
  qualifier?: string | null;

  @Field(() => [ID])
  sources!: string[];
}

@InputType({ description: "A source (article, web page, reference, dataset) that states facts. Ids look like source:<slug>." })
export class SourceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  publisher!: string;

  @Field(() => String, { nullable: true, description: "ISO date of any precision: 2019, 2019-05 or 2019-05-28." })
  published?: string | null;

  @Field(() => String, { nullable: true, description: "http(s) URL." })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "news, web_page, reference or dataset." })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: "Language code such as en or zh-CN." })
  language?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({
  description:
    "An entity of any label, by id (the prefix names the label: member:, event:, programme:, organization:, person:, resolution:, region:). " +
    "properties are the label's fields as in seed/FORMAT.md, e.g. { name, kind, iso3 } for a member; every one is checked.",
})
export class EntityInput {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLJSONObject)
  properties!: Record<string, unknown>;

  @Field(() => [ID], { description: "Ids of the sources that state this entity: at least one." })
  sources!: string[];

  @Field(() => [AlternativeInput], { nullable: true })
  alternatives?: AlternativeInput[] | null;
}

@InputType({ description: "A relationship between two entities (existing, or given in the same call), with its sources." })
export class RelationshipInput {
  @Field(() => RelationshipType)
  type!: RelationshipType;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => String, {
    nullable: true,
    description: "Tells apart two relationships of one type between the same two entities; defaults to the role or title.",
  })
  key?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The type's fields as in seed/FORMAT.md, e.g. { role: \"PARTICIPANT\" }." })
  properties?: Record<string, unknown> | null;

  @Field(() => [ID], { description: "Ids of the sources that state this relationship: at least one." })
  sources!: string[];

  @Field(() => [AlternativeInput], { nullable: true })
  alternatives?: AlternativeInput[] | null;
}

@InputType({ description: "Sources, entities and relationships written together, in one transaction: all of them, or none." })
export class GraphChangeInput {
  @Field(() => [SourceInput], { defaultValue: [] })
  sources!: SourceInput[];

  @Field(() => [EntityInput], { defaultValue: [] })
  entities!: EntityInput[];

  @Field(() => [RelationshipInput], { defaultValue: [] })
  relationships!: RelationshipInput[];
}
