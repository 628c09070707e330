import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityRow, type EntityValue } from "./entity.model.js";
import { EntityQueries } from "./entity.queries.js";

export class EntityRepository {
  constructor(private readonly runner: QueryRunner) {}

  /** The entities with these ids, in no particular order (the loader orders them). */
  async byIds(ids: readonly string[], opts?: RunOptions): Promise<EntityValue[]> {
    const rows = await this.runner.run<EntityRow>(EntityQueries.byIds, { ids }, opts);
    return rows.map(toEntity);
  }
}
