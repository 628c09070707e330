import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";
import { PartialDate } from "../graphql/scalars.js";

@ObjectType({ implements: [Node, Entity], description: "A document that facts come from." })
export class Source extends Entity {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  publisher!: string;

  @Field(() => PartialDate, { nullable: true })
  published!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "news, web_page, reference or dataset." })
  kind!: string | null;

  @Field(() => String, { nullable: true })
  language!: string | null;
}
