import type { RunOptions } from "../db/query-runner.js";
import type { EntityValue } from "../entity/entity.model.js";
import { BadUserInputError } from "../errors/errors.js";
import { decodeCursor, encodeCursor, pageOf, pageSize, type PageInfo } from "../graphql/pagination.js";
import { ID_PATTERN } from "../import/import.model.js";
import { MemberOrder, type MemberFilter } from "./member.connection.js";
import type { MemberFilterParams, MemberRepository } from "./member.repository.js";

export interface MemberPage {
  edges: { cursor: string; node: EntityValue }[];
  pageInfo: PageInfo;
  /** Kept for totalCount, which runs only when a client selects it. */
  filter: MemberFilterParams;
}

const ORDERS: Record<MemberOrder, { sortKey: "name" | "iso3"; desc: boolean }> = {
  NAME_ASC: { sortKey: "name", desc: false },
  NAME_DESC: { sortKey: "name", desc: true },
  ISO3_ASC: { sortKey: "iso3", desc: false },
  ISO3_DESC: { sortKey: "iso3", desc: true },
};

const isKeyset = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string");

export class MemberService {
  constructor(private readonly repo: MemberRepository) {}

  async list(args: { first?: number | null; after?: string | null; filter?: MemberFilter | null; orderBy: MemberOrder }, opts?: RunOptions): Promise<MemberPage> {
    const first = pageSize(args.first);
    const filter = normalizeFilter(args.filter);
    const cursorKind = `members:${args.orderBy}`;
    const after = decodeCursor(cursorKind, args.after, isKeyset);
    const order = ORDERS[args.orderBy];
    const rows = await this.repo.page(
      filter,
      { ...order, afterKey: after?.[0] ?? null, afterId: after?.[1] ?? null, limit: first + 1 },
      opts,
    );
    const page = pageOf(rows, first, (r) => encodeCursor(cursorKind, [r.sortKey, r.entity.id]));
    return { edges: page.items.map((r, i) => ({ cursor: page.cursors[i] as string, node: r.entity })), pageInfo: page.pageInfo, filter };
  }

  count(filter: MemberFilterParams, opts?: RunOptions): Promise<number> {
    return this.repo.count(filter, opts);
  }
}

function normalizeFilter(filter: MemberFilter | null | undefined): MemberFilterParams {
  const ids = filter?.ids ?? null;
  if (ids && ids.length > 100) throw new BadUserInputError(`filter.ids has ${ids.length} ids, over the maximum of 100 by ${ids.length - 100}`, { argument: "filter.ids" });
  for (const id of ids ?? []) {
    if (!ID_PATTERN.test(id)) throw new BadUserInputError(`filter.ids: ${JSON.stringify(id.slice(0, 100))} is not an entity id`, { argument: "filter.ids" });
  }
  const text = filter?.text?.trim() ?? null;
  if (text !== null && text.length > 200) throw new BadUserInputError(`filter.text is ${text.length} characters, over the maximum of 200 by ${text.length - 200}`, { argument: "filter.text" });
  const region = filter?.region?.trim().toUpperCase() ?? null;
  if (region !== null && !["ESA", "EUR", "AP", "MENA", "AMS", "WCA"].includes(region)) {
    throw new BadUserInputError(`filter.region ${JSON.stringify(region.slice(0, 20))} is not a region code (ESA, EUR, AP, MENA, AMS, WCA)`, { argument: "filter.region" });
  }
  return { ids, text: text ? text.toLowerCase() : null, kind: filter?.kind ?? null, region, synthetic: filter?.synthetic ?? null };
}
