import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { RelationshipType } from "../graphql/model.enums.js";
import { Node } from "../entity/entity.type.js";
import { PageInfo } from "../graphql/pagination.js";
import { PartialDate } from "../graphql/scalars.js";

@ArgsType()
export class RelationArgs {
  @Field(() => Int, { nullable: true, description: "Page size, default 20, at most 100." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;

  @Field(() => String, { nullable: true, description: "Only relationships with this role (HOST, PARTICIPANT, KEYNOTE...)." })
  role?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Also synthetic relationships (generated data)." })
  includeSynthetic!: boolean;
}

@ObjectType({ description: "A relationship seen from one entity: its type, role, dates and sources, and the entity at the other end." })
export class RelationshipEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => RelationshipType)
  type!: RelationshipType;

  @Field(() => String, { nullable: true, description: "PARTICIPATED_IN, SPOKE_AT, PARTNER_OF: the role." })
  role!: string | null;

  @Field(() => String, { nullable: true, description: "HOLDS_OFFICE, SIGNED: the title." })
  title!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "From when the relationship holds, where stated." })
  since!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "Until when, where stated." })
  until!: string | null;

  @Field(() => [ID], { description: "Ids of the sources that state this relationship (sources resolves them)." })
  sourceIds!: string[];

  @Field(() => Boolean)
  synthetic!: boolean;

  @Field(() => Boolean)
  uncertain!: boolean;

  @Field(() => String, { nullable: true })
  uncertainty!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Node, { description: "The entity at the other end." })
  node!: Node;
}

@ObjectType({ description: "A page of relationships of one entity (Relay connection)." })
export class RelationshipConnection {
  @Field(() => [RelationshipEdge])
  edges!: RelationshipEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "All such relationships of this entity." })
  totalCount!: number;
}
