import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";
import { PartialDate } from "../graphql/scalars.js";

@ObjectType({ implements: [Node, Entity], description: "A WCO member customs administration: a country, a customs territory or a union." })
export class Member extends Entity {
  @Field(() => String, { description: "The member's name as the WCO lists it, e.g. Japan." })
  name!: string;

  @Field(() => String, { description: "country, customs_territory or union." })
  kind!: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code, e.g. JP; null for a member without one (a union)." })
  iso2!: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 code, e.g. JPN; null for a member without one (a union)." })
  iso3!: string | null;

  @Field(() => String, { nullable: true, description: "The customs administration's own name where a source gives it, e.g. Japan Customs." })
  administrationName!: string | null;

  @Field(() => String, { nullable: true, description: "The name as the members list gives it, where it differs." })
  sourceName!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When it joined the WCO (Customs Co-operation Council), as precise as known; null when unknown." })
  joined!: string | null;
}
