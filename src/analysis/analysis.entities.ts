import type { EntityValue } from "../entity/entity.model.js";
import type { Loaders } from "../graphql/context.js";

/** The request's entity loader: batches by-id reads per tick, caches them per request. */
export type EntityLoader = Loaders["entity"];

/** An entity, or the promise of one when the request has yet to read it. */
export type Awaitable<T> = T | Promise<T>;

/** Hands the loader the entities a statement already read, so that resolving them sends no second statement. */
export function prime(loader: EntityLoader, entities: readonly EntityValue[]): void {
  for (const entity of entities) loader.prime(entity.id, entity);
}

/**
 * An entity an answer names: it exists (the answer read it), so its absence is a failure, not a user error.
 * Given without a promise when the request has it already (an answer's primed entities).
 */
export function named(loader: EntityLoader, id: string): Awaitable<EntityValue> {
  const entity = loader.now(id);
  return entity instanceof Promise ? entity.then((found) => present(id, found)) : present(id, entity);
}

/** The entities an answer names, in the answer's order. */
export function allNamed(loader: EntityLoader, ids: readonly string[]): Awaitable<EntityValue[]> {
  const entities = ids.map((id) => named(loader, id));
  return entities.some((e) => e instanceof Promise) ? Promise.all(entities) : (entities as EntityValue[]);
}

/** Events an answer names, oldest first (ties by id). */
export function eventsByDate(loader: EntityLoader, ids: readonly string[]): Awaitable<EntityValue[]> {
  const events = allNamed(loader, ids);
  return events instanceof Promise ? events.then(byDate) : byDate(events);
}

function byDate(events: EntityValue[]): EntityValue[] {
  return events.sort((a, b) => String(a.startDate ?? "").localeCompare(String(b.startDate ?? "")) || a.id.localeCompare(b.id));
}

function present(id: string, entity: EntityValue | null): EntityValue {
  if (!entity) throw new Error(`entity ${id} vanished between two statements of one request`);
  return entity;
}
