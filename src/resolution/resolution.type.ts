import { Field, ObjectType } from "type-graphql";
import { Entity, Node } from "../entity/entity.type.js";
import { PartialDate } from "../graphql/scalars.js";

@ObjectType({ implements: [Node, Entity], description: "A resolution, recommendation or similar instrument, e.g. the Punta Cana Resolution." })
export class Resolution extends Entity {
  @Field(() => String)
  name!: string;

  @Field(() => PartialDate, { nullable: true })
  adopted!: string | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  summary!: string | null;
}
