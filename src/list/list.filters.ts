import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { checkIds, checkKind, checkText } from "../entity/entity.filters.js";
import type { Label } from "../model/model.labels.js";
import type { ListOrder, ListParams } from "./list.spec.js";

@InputType({ description: "Filters of a list; all given filters must hold." })
export class EntityFilter {
  @Field(() => [ID], { nullable: true, description: "Only these ids (at most 100)." })
  ids?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Case-insensitive text in the name or title (and acronym, code, publisher... where the label has them).",
  })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "The label's kind property (e.g. intergovernmental, sub_programme, news); a kind the label does not have is refused with BAD_USER_INPUT listing its kinds." })
  kind?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only synthetic; false: only real; absent: both." })
  synthetic?: boolean | null;
}

/** The parameters every list statement takes from EntityFilter. */
export function entityFilterParams(label: Label, f: EntityFilter | null): ListParams {
  return { ids: checkIds(f?.ids), text: checkText(f?.text), kind: checkKind(label, f?.kind), synthetic: f?.synthetic ?? null };
}

export enum NameOrder {
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
}
registerEnumType(NameOrder, {
  name: "NameOrder",
  description: "By name (or title for sources), case-insensitive.",
  valuesConfig: { NAME_ASC: { description: "A to Z (the default)." }, NAME_DESC: { description: "Z to A." } },
});

/** NameOrder on the label's name property (title for sources). */
export function nameOrder(sortKey: string): { enum: typeof NameOrder; default: NameOrder; keys: Record<NameOrder, ListOrder> } {
  return {
    enum: NameOrder,
    default: NameOrder.NAME_ASC,
    keys: { NAME_ASC: { sortKey, desc: false }, NAME_DESC: { sortKey, desc: true } },
  };
}
