import { Field, InputType, registerEnumType } from "type-graphql";
import { programmeCode } from "../entity/entity.filters.js";
import { MAX_PAGE_SIZE } from "../graphql/page-size.js";
import { FROM_DESCRIPTION, periodParams, TO_DESCRIPTION } from "../graphql/period.js";
import { PartialDate } from "../graphql/scalars.js";
import { EntityFilter, entityFilterParams } from "../list/list.filters.js";
import { ListQueries } from "../list/list.queries.js";
import type { ListSpec } from "../list/list.spec.js";
import { EVENT_KINDS } from "../model/model.enums.js";

@InputType({ description: "Event filters; all given filters must hold." })
export class EventFilter extends EntityFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive text in the title, city or country." })
  declare text?: string | null;

  @Field(() => String, { nullable: true, description: `${EVENT_KINDS.join(", ")}.` })
  declare kind?: string | null;

  @Field(() => PartialDate, { nullable: true, description: FROM_DESCRIPTION })
  from?: string | null;

  @Field(() => PartialDate, { nullable: true, description: TO_DESCRIPTION })
  to?: string | null;

  @Field(() => String, { nullable: true, description: "Activities of this programme (code) or its sub-programmes, or events that addressed them." })
  programme?: string | null;
}

export enum EventOrder {
  START_DATE_DESC = "START_DATE_DESC",
  START_DATE_ASC = "START_DATE_ASC",
  TITLE_ASC = "TITLE_ASC",
  TITLE_DESC = "TITLE_DESC",
}
registerEnumType(EventOrder, {
  name: "EventOrder",
  description: "By start date (as precise as stated), or by title.",
  valuesConfig: {
    START_DATE_DESC: { description: "Newest first (the default)." },
    START_DATE_ASC: { description: "Oldest first." },
    TITLE_ASC: { description: "By title, A to Z." },
    TITLE_DESC: { description: "By title, Z to A." },
  },
});

export const eventList: ListSpec<EventFilter, EventOrder> = {
  field: "events",
  label: "Event",
  description: `Events, a page at a time (first at most ${MAX_PAGE_SIZE}), newest first by default.`,
  filter: EventFilter,
  order: {
    enum: EventOrder,
    default: EventOrder.START_DATE_DESC,
    keys: {
      START_DATE_DESC: { sortKey: "startDate", desc: true },
      START_DATE_ASC: { sortKey: "startDate", desc: false },
      TITLE_ASC: { sortKey: "title", desc: false },
      TITLE_DESC: { sortKey: "title", desc: true },
    },
  },
  queries: ListQueries.event,
  params: async (f, deps, opts) => {
    const programme = programmeCode(f?.programme);
    if (programme) await deps.checkProgrammeCodes([programme], opts);
    return { ...entityFilterParams("Event", f), ...periodParams(f?.from, f?.to, "filter."), programme };
  },
};
