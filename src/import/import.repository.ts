import type { QueryRunner, RunOptions, TxRunner } from "../db/query-runner.js";
import type { Label } from "../model/model.labels.js";
import { REL_TYPES, type RelType } from "../model/model.relationships.js";
import { ImportQueries } from "./import.queries.js";
import type { NodeRow, RelRow } from "./import.reader.js";

export interface Outcomes {
  created: number;
  updated: number;
  unchanged: number;
}

export const noOutcomes = (): Outcomes => ({ created: 0, updated: 0, unchanged: 0 });

function addOutcomes(into: Outcomes, rows: { outcome: string; count: number }[]): number {
  let total = 0;
  for (const { outcome, count } of rows) {
    if (outcome === "created" || outcome === "updated" || outcome === "unchanged") into[outcome] += count;
    total += count;
  }
  return total;
}

export class ImportRepository {
  constructor(private readonly runner: QueryRunner) {}

  async entityCount(opts?: RunOptions): Promise<number> {
    const [row] = await this.runner.run<{ count: number }>(ImportQueries.entityCount, {}, opts);
    return row?.count ?? 0;
  }

  /** Of the given ids, those already in the graph. */
  async existingIds(ids: string[], opts?: RunOptions): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 10_000) {
      const rows = await this.runner.run<{ id: string }>(ImportQueries.existingIds, { ids: ids.slice(i, i + 10_000) }, opts);
      for (const r of rows) found.add(r.id);
    }
    return found;
  }

  async upsertNodes(tx: TxRunner, label: Label, rows: NodeRow[], into: Outcomes): Promise<number> {
    const result = await tx.run<{ outcome: string; count: number }>(ImportQueries.upsertNodes, {
      label,
      rows: rows.map((r) => ({ id: r.id, props: r.props })),
    });
    return addOutcomes(into, result);
  }

  async upsertRelationships(tx: TxRunner, type: RelType, rows: RelRow[], into: Outcomes): Promise<number> {
    const query = REL_TYPES[type].anchor === "from" ? ImportQueries.upsertRelationshipsByFrom : ImportQueries.upsertRelationshipsByTo;
    const result = await tx.run<{ outcome: string; count: number }>(query, {
      type,
      rows: rows.map((r) => ({ from: r.from, to: r.to, key: r.key, props: r.props })),
    });
    return addOutcomes(into, result);
  }
}
