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

  @Field(() => [ID], { description: "Ids of the sources that give this value: at least one." })
  sources!: string[];
}

@InputType({ description: "A source (article, web page, reference, dataset) that states facts. Ids look like source:<slug>." })
export class SourceInput {
  @Field(() => ID, { description: "source:<slug>, e.g. source:wco-news-2019-05-28; an existing id updates that source." })
  id!: string;

  @Field(() => String, { description: "The document's title." })
  title!: string;

  @Field(() => String, { description: "Who published it, e.g. World Customs Organization." })
  publisher!: string;

  @Field(() => String, { nullable: true, description: "ISO date of any precision: 2019, 2019-05 or 2019-05-28." })
  published?: string | null;

  @Field(() => String, { nullable: true, description: "http(s) URL." })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "news, web_page, reference or dataset." })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: "Language code such as en or zh-CN." })
  language?: string | null;

  @Field(() => String, { nullable: true, description: "An editor's remark on the source; absent: none." })
  note?: string | null;
}

@InputType({
  description:
    "An entity of any label, by id (the prefix names the label: member:, event:, programme:, organization:, person:, resolution:, region:). " +
    "properties are the label's fields as in seed/FORMAT.md, e.g. { name, kind, iso3 } for a member; every one is checked.",
})
export class EntityInput {
  @Field(() => ID, { description: "The entity's id, whose prefix names its label, e.g. member:jpn; an existing id updates that entity." })
  id!: string;

  @Field(() => GraphQLJSONObject, { description: "The label's properties as in seed/FORMAT.md, e.g. { \"name\": \"Japan\", \"kind\": \"country\" }; unknown or ill-typed ones are refused." })
  properties!: Record<string, unknown>;

  @Field(() => [ID], { description: "Ids of the sources that state this entity: at least one." })
  sources!: string[];

  @Field(() => [AlternativeInput], { nullable: true, description: "Values other sources give for some of its properties; absent: none." })
  alternatives?: AlternativeInput[] | null;
}

@InputType({ description: "A relationship between two entities (existing, or given in the same call), with its sources." })
export class RelationshipInput {
  @Field(() => RelationshipType, { description: "The relationship type; it decides which labels may be at each end and which properties it takes." })
  type!: RelationshipType;

  @Field(() => ID, { description: "Id of the start entity, e.g. member:jpn for PARTICIPATED_IN." })
  from!: string;

  @Field(() => ID, { description: "Id of the end entity, e.g. an event: id for PARTICIPATED_IN." })
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

  @Field(() => [AlternativeInput], { nullable: true, description: "Values other sources give for some of its properties; absent: none." })
  alternatives?: AlternativeInput[] | null;
}

@InputType({ description: "Sources, entities and relationships written together, in one transaction: all of them, or none." })
export class GraphChangeInput {
  @Field(() => [SourceInput], { defaultValue: [], description: "Sources to create or update; written first, so entities and relationships of the call may cite them." })
  sources!: SourceInput[];

  @Field(() => [EntityInput], { defaultValue: [], description: "Entities to create or update." })
  entities!: EntityInput[];

  @Field(() => [RelationshipInput], { defaultValue: [], description: "Relationships to create or update; their ends may be entities of the same call." })
  relationships!: RelationshipInput[];
}
