import type { CypherQuery } from "../db/cypher.registry.js";
import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import type { EntityRow } from "../entity/entity.model.js";

export type ListRow = EntityRow & { sortKey: string };

/** Runs a list's two statements; the lists reach the database only through this. */
export class ListRepository {
  constructor(private readonly runner: QueryRunner) {}

  rows(query: CypherQuery, params: Record<string, unknown>, opts?: RunOptions): Promise<ListRow[]> {
    return this.runner.run<ListRow>(query, params, opts);
  }

  async count(query: CypherQuery, params: Record<string, unknown>, opts?: RunOptions): Promise<number> {
    const [row] = await this.runner.run<{ count: number }>(query, params, opts);
    return row?.count ?? 0;
  }
}
