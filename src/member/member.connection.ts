import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../graphql/pagination.js";
import { Member } from "./member.type.js";

@InputType({ description: "Member filters; all given filters must hold." })
export class MemberFilter {
  @Field(() => [ID], { nullable: true, description: "Only these ids (at most 100)." })
  ids?: string[] | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive text in the name or administration name, or an exact ISO2/ISO3 code." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "country, customs_territory or union." })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: "Region code: ESA, EUR, AP, MENA, AMS or WCA." })
  region?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only synthetic members; false: only real ones; absent: both." })
  synthetic?: boolean | null;
}

export enum MemberOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  ISO3_ASC = "ISO3_ASC",
  ISO3_DESC = "ISO3_DESC",
}
registerEnumType(MemberOrder, { name: "MemberOrder" });

@ObjectType()
export class MemberEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Member)
  node!: Member;
}

@ObjectType({ description: "A page of members (Relay connection)." })
export class MemberConnection {
  @Field(() => [MemberEdge])
  edges!: MemberEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
