import type { RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityValue } from "../entity/entity.model.js";
import { decodeCursor, encodeCursor } from "../graphql/cursor.js";
import { pageOf, pageSize, type PageInfo } from "../graphql/pagination.js";
import type { ListRepository } from "./list.repository.js";
import type { ListDeps, ListParams, ListSpec } from "./list.spec.js";

export interface ListArgs<F, O> {
  first?: number | null;
  after?: string | null;
  filter: F | null;
  orderBy: O;
}

export interface ListPage {
  edges: { cursor: string; node: EntityValue }[];
  pageInfo: PageInfo;
  /** The validated filter, kept for totalCount, which runs only when a client selects it. */
  params: ListParams;
}

const isKeyset = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string");

/**
 * One list's pages: the filter validated by its spec, keyset cursors on
 * (sort key, id). A cursor names its list and ordering, so one from another
 * list or order is refused.
 */
export class ListService<F extends object, O extends string> {
  constructor(
    private readonly spec: ListSpec<F, O>,
    private readonly repo: ListRepository,
    private readonly deps: ListDeps,
  ) {}

  async page(args: ListArgs<F, O>, opts?: RunOptions): Promise<ListPage> {
    const params = await this.spec.params(args.filter, this.deps, opts);
    const first = pageSize(args.first);
    const kind = `${this.spec.field}:${args.orderBy}`;
    const after = decodeCursor(kind, args.after, isKeyset);
    const rows = await this.repo.rows(
      this.spec.queries.list,
      { ...params, ...this.spec.order.keys[args.orderBy], afterKey: after?.[0] ?? null, afterId: after?.[1] ?? null, limit: first + 1 },
      opts,
    );
    const page = pageOf(rows, first, (r) => encodeCursor(kind, [r.sortKey, r.id]));
    return { edges: page.items.map((r, i) => ({ cursor: page.cursors[i] ?? "", node: toEntity(r) })), pageInfo: page.pageInfo, params };
  }

  count(page: ListPage, opts?: RunOptions): Promise<number> {
    return this.repo.count(this.spec.queries.count, page.params, opts);
  }
}

/** Every list's service, made on demand from one repository and one set of dependencies. */
export class ListServices {
  constructor(
    private readonly repo: ListRepository,
    private readonly deps: ListDeps,
  ) {}

  of<F extends object, O extends string>(spec: ListSpec<F, O>): ListService<F, O> {
    return new ListService(spec, this.repo, this.deps);
  }
}
