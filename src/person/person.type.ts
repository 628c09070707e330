import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";

@ObjectType({ implements: [Node, Entity], description: "An official." })
export class Person extends Entity {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  honorific!: string | null;

  @Field(() => String, { nullable: true })
  nationality!: string | null;
}
