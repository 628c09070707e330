import type { EntityValue } from "../entity/entity.model.js";
import type { Loaders } from "../graphql/context.js";

/** The request's entity loader: batches by-id reads per tick, caches them per request. */
export type EntityLoader = Loaders["entity"];

/** Hands the loader the entities a statement already read, so that resolving them sends no second statement. */
export function prime(loader: EntityLoader, entities: readonly EntityValue[]): void {
  for (const entity of entities) loader.prime(entity.id, entity);
}

/** An entity an answer names: it exists (the answer read it), so its absence is a failure, not a user error. */
export async function named(loader: EntityLoader, id: string): Promise<EntityValue> {
  const entity = await loader.load(id);
  if (!entity) throw new Error(`entity ${id} vanished between two statements of one request`);
  return entity;
}

/** The entities an answer names, in the answer's order. */
export function allNamed(loader: EntityLoader, ids: readonly string[]): Promise<EntityValue[]> {
  return Promise.all(ids.map((id) => named(loader, id)));
}

/** Events an answer names, oldest first (ties by id). */
export async function eventsByDate(loader: EntityLoader, ids: readonly string[]): Promise<EntityValue[]> {
  const events = await allNamed(loader, ids);
  return events.sort((a, b) => String(a.startDate ?? "").localeCompare(String(b.startDate ?? "")) || a.id.localeCompare(b.id));
}
