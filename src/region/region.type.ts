import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";

@ObjectType({ implements: [Node, Entity], description: "One of the six WCO regions." })
export class Region extends Entity {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "ESA, EUR, AP, MENA, AMS or WCA." })
  code!: string;

  @Field(() => String, { nullable: true })
  shortName!: string | null;
}
