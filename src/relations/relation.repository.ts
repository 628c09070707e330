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

export class RelationRepository {
  constructor(private readonly runner: QueryRunner) {}

  /** One statement for all parents; parents without such relationships are absent from the map. */
  async pages(ids: readonly string[], spec: RelationSpec, opts?: RunOptions): Promise<Map<string, RelationPage>> {
    const query = spec.direction === "out" ? RelationQueries.outgoing : RelationQueries.incoming;
    const rows = await this.runner.run<Row>(query, { ids, types: spec.types, role: spec.role, includeSynthetic: spec.includeSynthetic, offset: spec.offset, limit: spec.limit, withTotal: spec.withTotal }, opts);
    return new Map(
      rows.map((r) => [
        r.id,
        { total: r.total, rows: r.rows.map((x) => ({ type: x.type, props: x.props, node: toEntity({ id: x.id, labels: x.labels, props: x.nodeProps }) })) },
      ]),
    );
  }
}
