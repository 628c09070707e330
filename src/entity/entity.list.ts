import type { CypherQuery } from "../db/cypher.registry.js";
import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { decodeCursor, encodeCursor, pageOf, pageSize, type PageInfo } from "../graphql/pagination.js";
import { toEntity, type EntityRow, type EntityValue } from "./entity.model.js";

export interface ListOrder {
  /** A property from the list's own whitelist (never from user text). */
  sortKey: string;
  desc: boolean;
}

export interface EntityPage<F> {
  edges: { cursor: string; node: EntityValue }[];
  pageInfo: PageInfo;
  /** Kept for totalCount, which runs only when a client selects it. */
  filter: F;
}

const isKeyset = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string");

/**
 * A top-level list as a Relay connection over a pair of cypher files (one
 * page, one count) with keyset cursors on (sort key, id). A cursor names its
 * list and ordering, so one from another list or order is refused.
 */
export class EntityLister<F extends object> {
  constructor(
    private readonly runner: QueryRunner,
    private readonly queries: { list: CypherQuery; count: CypherQuery },
    private readonly name: string,
  ) {}

  async page(filter: F, order: ListOrder, orderName: string, args: { first?: number | null; after?: string | null }, opts?: RunOptions): Promise<EntityPage<F>> {
    const first = pageSize(args.first);
    const kind = `${this.name}:${orderName}`;
    const after = decodeCursor(kind, args.after, isKeyset);
    const rows = await this.runner.run<EntityRow & { sortKey: string }>(
      this.queries.list,
      { ...filter, ...order, afterKey: after?.[0] ?? null, afterId: after?.[1] ?? null, limit: first + 1 },
      opts,
    );
    const page = pageOf(rows, first, (r) => encodeCursor(kind, [r.sortKey, r.id]));
    return { edges: page.items.map((r, i) => ({ cursor: page.cursors[i] as string, node: toEntity(r) })), pageInfo: page.pageInfo, filter };
  }

  async count(filter: F, opts?: RunOptions): Promise<number> {
    const [row] = await this.runner.run<{ count: number }>(this.queries.count, { ...(filter as Record<string, unknown>) }, opts);
    return row?.count ?? 0;
  }
}
