import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityRow, type EntityValue } from "../entity/entity.model.js";
import { EVENT_KINDS } from "../model/model.enums.js";
import type { EventKind } from "./activity.enums.js";
import type { ActivityRowValue } from "./activity.model.js";
import type { ActivityParams } from "./activity.params.js";
import { ActivityQueries } from "./activity.queries.js";

interface ActivityRowRow extends Omit<ActivityRowValue, "eventKind"> {
  kind: string | null;
  entities: EntityRow[];
}

interface ActivityResultRow {
  totalRows: number;
  rows: ActivityRowRow[];
}

/** A page of an aggregation, with the entities its rows name (to prime the request's loader). */
export interface ActivityPage {
  rows: ActivityRowValue[];
  totalRows: number;
  entities: EntityValue[];
}

const KINDS = new Map<string, EventKind>(EVENT_KINDS.map((k) => [k, k]));

/** A stored kind outside the model would be a broken import, not a user error. */
function eventKind(kind: string | null): EventKind | null {
  if (kind === null) return null;
  const known = KINDS.get(kind);
  if (!known) throw new Error(`event kind ${kind} is not one of the model's kinds`);
  return known;
}

export class ActivityRepository {
  constructor(private readonly runner: QueryRunner) {}

  async activity(params: ActivityParams, opts?: RunOptions): Promise<ActivityPage> {
    const [row] = await this.runner.run<ActivityResultRow>(ActivityQueries.activity, { ...params }, opts);
    if (!row) throw new Error("activity/activity returned no row");
    return {
      rows: row.rows.map(({ kind, entities: _entities, ...r }) => ({ ...r, eventKind: eventKind(kind) })),
      totalRows: row.totalRows,
      entities: row.rows.flatMap((r) => r.entities.map(toEntity)),
    };
  }

  async existingProgrammeCodes(codes: string[], opts?: RunOptions): Promise<Set<string>> {
    const rows = await this.runner.run<{ code: string }>(ActivityQueries.programmesByCodes, { codes }, opts);
    return new Set(rows.map((r) => r.code));
  }
}
