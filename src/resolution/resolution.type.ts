import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";
import { PartialDate } from "../graphql/scalars.js";

@ObjectType({ implements: [Node, Entity], description: "A resolution, recommendation or similar instrument, e.g. the Punta Cana Resolution." })
export class Resolution extends Entity {
  @Field(() => String, { description: "The instrument's name, e.g. Punta Cana Resolution." })
  name!: string;

  @Field(() => PartialDate, { nullable: true, description: "When it was adopted, as precise as known; null when unknown." })
  adopted!: string | null;

  @Field(() => String, { nullable: true, description: "Where it was adopted, e.g. Punta Cana; null when unknown." })
  place!: string | null;

  @Field(() => String, { nullable: true, description: "What it says, in a sentence or two; null when none is recorded." })
  summary!: string | null;
}
