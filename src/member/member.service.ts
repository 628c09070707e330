import type { RunOptions } from "../db/query-runner.js";
import type { EntityLister, EntityPage, ListOrder } from "../entity/entity.list.js";
import { checkIds, checkRegion, checkText } from "../entity/entity.filters.js";
import type { MemberFilter, MemberOrder } from "./member.connection.js";
import type { MemberFilterParams } from "./member.repository.js";

export type MemberPage = EntityPage<MemberFilterParams>;

const ORDERS: Record<MemberOrder, ListOrder> = {
  NAME_ASC: { sortKey: "name", desc: false },
  NAME_DESC: { sortKey: "name", desc: true },
  ISO3_ASC: { sortKey: "iso3", desc: false },
  ISO3_DESC: { sortKey: "iso3", desc: true },
};

export class MemberService {
  constructor(private readonly lister: EntityLister<MemberFilterParams>) {}

  list(args: { first?: number | null; after?: string | null; filter?: MemberFilter | null; orderBy: MemberOrder }, opts?: RunOptions): Promise<MemberPage> {
    const f = args.filter;
    const filter: MemberFilterParams = {
      ids: checkIds(f?.ids),
      text: checkText(f?.text),
      kind: f?.kind ?? null,
      region: checkRegion(f?.region),
      synthetic: f?.synthetic ?? null,
    };
    return this.lister.page(filter, ORDERS[args.orderBy], args.orderBy, args, opts);
  }

  count(filter: MemberFilterParams, opts?: RunOptions): Promise<number> {
    return this.lister.count(filter, opts);
  }
}
