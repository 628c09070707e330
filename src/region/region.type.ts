import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";

@ObjectType({ implements: [Node, Entity], description: "One of the six WCO regions." })
export class Region extends Entity {
  @Field(() => String, { description: "The region's full name, e.g. Far East, South and South East Asia, Australasia and the Pacific Islands." })
  name!: string;

  @Field(() => String, { description: "ESA, EUR, AP, MENA, AMS or WCA." })
  code!: string;

  @Field(() => String, { nullable: true, description: "A short name for labels and legends, e.g. Asia/Pacific; null when none is recorded." })
  shortName!: string | null;
}
