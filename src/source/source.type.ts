import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";
import { PartialDate } from "../graphql/scalars.js";

@ObjectType({ implements: [Node, Entity], description: "A document that facts come from." })
export class Source extends Entity {
  @Field(() => String, { description: "The document's title." })
  title!: string;

  @Field(() => String, { description: "Who published it, e.g. World Customs Organization." })
  publisher!: string;

  @Field(() => PartialDate, { nullable: true, description: "When it was published, as precise as known; null when undated." })
  published!: string | null;

  @Field(() => String, { nullable: true, description: "Where to read it; null for a source not online (a printed reference)." })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "news, web_page, reference or dataset." })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: "Language code such as en or zh-CN; null when not recorded." })
  language!: string | null;
}
