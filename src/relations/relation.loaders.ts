import DataLoader from "dataloader";
import type { RunOptions } from "../db/query-runner.js";
import type { RelationPage, RelationRepository, RelationSpec } from "./relation.repository.js";

/**
 * Per request, one DataLoader per distinct relation spec (field + arguments):
 * every parent asking the same field with the same arguments in one tick is
 * answered by one UNWIND statement, in key order.
 */
export class RelationLoaders {
  private readonly loaders = new Map<string, DataLoader<string, RelationPage>>();

  constructor(
    private readonly repo: RelationRepository,
    private readonly runOptions: RunOptions,
  ) {}

  load(spec: RelationSpec, parentId: string): Promise<RelationPage> {
    const key = JSON.stringify(spec);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, RelationPage>(
        async (ids) => {
          const pages = await this.repo.pages(ids, spec, this.runOptions);
          return ids.map((id) => pages.get(id) ?? { total: spec.withTotal ? 0 : null, rows: [] });
        },
        { maxBatchSize: 500 },
      );
      this.loaders.set(key, loader);
    }
    return loader.load(parentId);
  }
}
