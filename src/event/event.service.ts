import type { RunOptions } from "../db/query-runner.js";
import { checkIds, checkText } from "../entity/entity.filters.js";
import type { EntityLister, EntityPage, ListOrder } from "../entity/entity.list.js";
import { BadUserInputError } from "../errors/errors.js";
import type { EventFilter, EventOrder } from "./event.connection.js";

export interface EventFilterParams {
  ids: string[] | null;
  text: string | null;
  kind: string | null;
  from: string | null;
  to: string | null;
  programme: string | null;
  synthetic: boolean | null;
}

export type EventPage = EntityPage<EventFilterParams>;

const ORDERS: Record<EventOrder, ListOrder> = {
  START_DATE_DESC: { sortKey: "startDate", desc: true },
  START_DATE_ASC: { sortKey: "startDate", desc: false },
  TITLE_ASC: { sortKey: "title", desc: false },
  TITLE_DESC: { sortKey: "title", desc: true },
};

export class EventService {
  constructor(
    private readonly lister: EntityLister<EventFilterParams>,
    /** Refuses unknown programme codes, naming them (shared with the relationship queries). */
    private readonly checkProgrammeCodes: (codes: string[], opts?: RunOptions) => Promise<void>,
  ) {}

  async list(args: { first?: number | null; after?: string | null; filter?: EventFilter | null; orderBy: EventOrder }, opts?: RunOptions): Promise<EventPage> {
    const f = args.filter;
    const filter: EventFilterParams = {
      ids: checkIds(f?.ids),
      text: checkText(f?.text),
      kind: f?.kind ?? null,
      from: f?.from ?? null,
      to: f?.to ?? null,
      programme: f?.programme?.trim().toUpperCase() || null,
      synthetic: f?.synthetic ?? null,
    };
    if (filter.from && filter.to && filter.from > `${filter.to}~`) throw new BadUserInputError(`filter.from (${filter.from}) is after filter.to (${filter.to})`, { argument: "filter.from" });
    if (filter.programme) await this.checkProgrammeCodes([filter.programme], opts);
    return this.lister.page(filter, ORDERS[args.orderBy], args.orderBy, args, opts);
  }

  count(filter: EventFilterParams, opts?: RunOptions): Promise<number> {
    return this.lister.count(filter, opts);
  }
}
