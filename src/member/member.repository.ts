import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityRow, type EntityValue } from "../entity/entity.model.js";
import { MemberQueries } from "./member.queries.js";

export interface MemberFilterParams {
  ids: string[] | null;
  text: string | null;
  kind: string | null;
  region: string | null;
  synthetic: boolean | null;
}

export interface KeysetParams {
  sortKey: "name" | "iso3";
  desc: boolean;
  afterKey: string | null;
  afterId: string | null;
  limit: number;
}

export class MemberRepository {
  constructor(private readonly runner: QueryRunner) {}

  async page(filter: MemberFilterParams, keyset: KeysetParams, opts?: RunOptions): Promise<{ entity: EntityValue; sortKey: string }[]> {
    const rows = await this.runner.run<EntityRow & { sortKey: string }>(MemberQueries.list, { ...filter, ...keyset }, opts);
    return rows.map((r) => ({ entity: toEntity(r), sortKey: r.sortKey }));
  }

  async count(filter: MemberFilterParams, opts?: RunOptions): Promise<number> {
    const [row] = await this.runner.run<{ count: number }>(MemberQueries.count, { ...filter }, opts);
    return row?.count ?? 0;
  }
}
