import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityValue } from "../entity/entity.model.js";
import type { Direction, RelType } from "../model/model.relationships.js";
import { RelationQueries } from "./relation.queries.js";

/** Which relationships a field shows: direction from the parent, types, optional role. */
export interface RelationSpec {
  direction: Direction;
  types: readonly RelType[];
  role: string | null;
  includeSynthetic: boolean;
  offset: number;
  limit: number;
  /** Count them all too (the field's totalCount is asked for). */
  withTotal: boolean;
}

export interface RelationValue {
  type: RelType;
  props: Record<string, unknown>;
  node: EntityValue;
}

export interface RelationPage {
  /** Null unless asked for (RelationSpec.withTotal). */
  total: number | null;
  rows: RelationValue[];
}

interface Row {
  id: string;
  total: number | null;
  rows: { type: RelType; props: Record<string, unknown>; id: string; labels: string[]; nodeProps: Record<string, unknown> }[];
}

/**
 * Neo4j keeps one plan per statement and size class of its list parameters
 * (one item, a few, tens, hundreds...), and planning these statements takes
 * long (a typed branch per relationship type). So lists never have one item:
 * ids get an id no entity has, types repeat. A statement then has one plan
 * per class of ids (a few, tens, hundreds), made by warm() at start-up.
 */
const NO_ENTITY = "";
const atLeastTwo = <T>(list: readonly T[], filler: T): T[] => (list.length >= 2 ? [...list] : [...list, filler, filler].slice(0, 2));
const repeated = <T>(list: readonly T[]): T[] => (list.length === 1 ? [...list, ...list] : [...list]);

export class RelationRepository {
  constructor(private readonly runner: QueryRunner) {}

  /** One statement for all parents; parents without such relationships are absent from the map. */
  async pages(ids: readonly string[], spec: RelationSpec, opts?: RunOptions): Promise<Map<string, RelationPage>> {
    const query = spec.direction === "out" ? RelationQueries.outgoing : RelationQueries.incoming;
    const params = {
      ids: atLeastTwo(ids, NO_ENTITY),
      types: repeated(spec.types),
      role: spec.role,
      includeSynthetic: spec.includeSynthetic,
      offset: spec.offset,
      limit: spec.limit,
      withTotal: spec.withTotal,
    };
    const rows = await this.runner.run<Row>(query, params, opts);
    return new Map(
      rows.map((r) => [
        r.id,
        { total: r.total, rows: r.rows.map((x) => ({ type: x.type, props: x.props, node: toEntity({ id: x.id, labels: x.labels, props: x.nodeProps }) })) },
      ]),
    );
  }

  /**
   * Has Neo4j plan both page statements for each size class of parents a
   * request sends (Neo4j buckets a list parameter's size: up to 10 parents, as
   * one entity's page or a nested level of 10; up to 100, as a list's page of
   * 20), with ids no entity has: nothing is read, the plans are kept. Both
   * directions at once (a plan takes seconds of one core), the smaller class first.
   */
  async warm(opts?: RunOptions): Promise<void> {
    for (const parents of [2, 11]) {
      await Promise.all(
        (["out", "in"] as const).map((direction) => {
          const spec: RelationSpec = { direction, types: ["PARTICIPATED_IN"], role: null, includeSynthetic: false, offset: 0, limit: 1, withTotal: true };
          return this.pages(Array.from({ length: parents }, () => NO_ENTITY), spec, opts);
        }),
      );
    }
  }
}
