import DataLoader from "dataloader";
import type { RunOptions } from "../db/query-runner.js";
import type { EntityValue } from "./entity.model.js";
import type { EntityRepository } from "./entity.repository.js";

/** Per request: every entity looked up by id in one tick becomes one UNWIND statement. */
export function createEntityLoader(repo: EntityRepository, runOptions: RunOptions): DataLoader<string, EntityValue | null> {
  return new DataLoader<string, EntityValue | null>(
    async (ids) => {
      const found = new Map((await repo.byIds(ids, runOptions)).map((e) => [e.id, e]));
      return ids.map((id) => found.get(id) ?? null);
    },
    { maxBatchSize: 1_000 },
  );
}
