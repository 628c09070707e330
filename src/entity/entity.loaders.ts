import DataLoader from "dataloader";
import type { RunOptions } from "../db/query-runner.js";
import type { EntityValue } from "./entity.model.js";
import type { EntityRepository } from "./entity.repository.js";

/**
 * Per request: every entity looked up by id in one tick becomes one UNWIND
 * statement. Entities the request already has (read or primed) are also
 * handed out as they are by `now`: a field that names one of an answer's
 * two hundred members then costs graphql-js no promise to wait for.
 */
export class EntityLoader extends DataLoader<string, EntityValue | null> {
  private readonly had: Map<string, EntityValue | null>;

  constructor(repo: Pick<EntityRepository, "byIds">, runOptions: RunOptions) {
    const had = new Map<string, EntityValue | null>();
    super(
      async (ids) => {
        const found = new Map((await repo.byIds(ids, runOptions)).map((e) => [e.id, e]));
        return ids.map((id) => {
          const entity = found.get(id) ?? null;
          if (!had.has(id)) had.set(id, entity);
          return entity;
        });
      },
      { maxBatchSize: 1_000 },
    );
    this.had = had;
  }

  /** The entity (null: no entity has the id) at once when this request has it, else through the batch. */
  now(id: string): EntityValue | null | Promise<EntityValue | null> {
    const entity = this.had.get(id);
    return entity !== undefined || this.had.has(id) ? entity ?? null : this.load(id);
  }

  // As DataLoader's: a key the request already has keeps its value.
  override prime(id: string, value: EntityValue | null | Error | PromiseLike<EntityValue | null>): this {
    if (!this.had.has(id) && (value === null || isEntity(value))) this.had.set(id, value);
    return super.prime(id, value);
  }

  override clear(id: string): this {
    this.had.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.had.clear();
    return super.clearAll();
  }
}

function isEntity(value: EntityValue | Error | PromiseLike<EntityValue | null>): value is EntityValue {
  return !(value instanceof Error) && typeof (value as PromiseLike<unknown>).then !== "function";
}

export function createEntityLoader(repo: EntityRepository, runOptions: RunOptions): EntityLoader {
  return new EntityLoader(repo, runOptions);
}
