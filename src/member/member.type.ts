import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";
import { PartialDate } from "../graphql/scalars.js";

@ObjectType({ implements: [Node, Entity], description: "A WCO member customs administration: a country, a customs territory or a union." })
export class Member extends Entity {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "country, customs_territory or union." })
  kind!: string;

  @Field(() => String, { nullable: true })
  iso2!: string | null;

  @Field(() => String, { nullable: true })
  iso3!: string | null;

  @Field(() => String, { nullable: true, description: "The customs administration's own name where a source gives it, e.g. Japan Customs." })
  administrationName!: string | null;

  @Field(() => String, { nullable: true, description: "The name as the members list gives it, where it differs." })
  sourceName!: string | null;

  @Field(() => PartialDate, { nullable: true })
  joined!: string | null;
}
