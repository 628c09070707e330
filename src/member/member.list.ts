import { Field, InputType, registerEnumType } from "type-graphql";
import { checkRegion } from "../entity/entity.filters.js";
import { MAX_PAGE_SIZE } from "../graphql/page-size.js";
import { EntityFilter, entityFilterParams } from "../list/list.filters.js";
import { ListQueries } from "../list/list.queries.js";
import type { ListSpec } from "../list/list.spec.js";
import { MEMBER_KINDS, REGION_CODES } from "../model/model.enums.js";

@InputType({ description: "Member filters; all given filters must hold." })
export class MemberFilter extends EntityFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive text in the name or administration name, or an exact ISO2/ISO3 code." })
  declare text?: string | null;

  @Field(() => String, { nullable: true, description: `${MEMBER_KINDS.join(", ")}.` })
  declare kind?: string | null;

  @Field(() => String, { nullable: true, description: `Region code: ${REGION_CODES.join(", ")}.` })
  region?: string | null;
}

export enum MemberOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
  ISO3_ASC = "ISO3_ASC",
  ISO3_DESC = "ISO3_DESC",
}
registerEnumType(MemberOrder, {
  name: "MemberOrder",
  description: "By name, or by ISO 3166 alpha-3 code.",
  valuesConfig: {
    NAME_ASC: { description: "By name, A to Z (the default)." },
    NAME_DESC: { description: "By name, Z to A." },
    ISO3_ASC: { description: "By ISO3 code, AFG to ZWE." },
    ISO3_DESC: { description: "By ISO3 code, ZWE to AFG." },
  },
});

export const memberList: ListSpec<MemberFilter, MemberOrder> = {
  field: "members",
  label: "Member",
  description: `Member administrations, a page at a time (first at most ${MAX_PAGE_SIZE}).`,
  filter: MemberFilter,
  order: {
    enum: MemberOrder,
    default: MemberOrder.NAME_ASC,
    keys: {
      NAME_ASC: { sortKey: "name", desc: false },
      NAME_DESC: { sortKey: "name", desc: true },
      ISO3_ASC: { sortKey: "iso3", desc: false },
      ISO3_DESC: { sortKey: "iso3", desc: true },
    },
  },
  queries: ListQueries.member,
  params: (f) => ({ ...entityFilterParams("Member", f), region: checkRegion(f?.region) }),
};
