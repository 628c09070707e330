import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";

@ObjectType({ implements: [Node, Entity], description: "An official." })
export class Person extends Entity {
  @Field(() => String, { description: "The person's name as the sources give it, e.g. Kunio Mikuriya." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Title used before the name, e.g. Dr; null when none is stated." })
  honorific!: string | null;

  @Field(() => String, { nullable: true, description: "Nationality as the sources state it; null when not stated." })
  nationality!: string | null;
}
