import type { QueryRunner, RunOptions, TxRunner } from "../db/query-runner.js";
import { ChangeQueries } from "../changes/changes.queries.js";
import type { Label } from "../model/model.labels.js";
import { REL_TYPE_NAMES, REL_TYPES, type RelType } from "../model/model.relationships.js";
import { ImportQueries } from "./import.queries.js";
import type { NodeRow, RelRow } from "./import.reader.js";

export interface Outcomes {
  created: number;
  updated: number;
  unchanged: number;
}

export const noOutcomes = (): Outcomes => ({ created: 0, updated: 0, unchanged: 0 });

/** What one transaction created and updated, by id, for the change feed; unchanged records are not news. */
export interface ChangedIds {
  created: string[];
  updated: string[];
}

export const noChangedIds = (): ChangedIds => ({ created: [], updated: [] });

/**
 * A change records at most this many ids of each kind: a large import stays one
 * small node, and its counts still say how much changed (docs/querying.md).
 */
export const MAX_CHANGE_IDS = 1_000;

/** One write as the change feed records it. */
export interface ChangeRecord {
  actor: string;
  origin: string;
  nodes: Outcomes;
  relationships: Outcomes;
  nodeIds: ChangedIds;
  relationshipIds: ChangedIds;
}

type OutcomeRow = { outcome: string; count: number; ids: string[] };

function addOutcomes(into: Outcomes, ids: ChangedIds | undefined, rows: OutcomeRow[]): number {
  let total = 0;
  for (const { outcome, count, ids: rowIds } of rows) {
    if (outcome === "created" || outcome === "updated" || outcome === "unchanged") into[outcome] += count;
    if (ids && (outcome === "created" || outcome === "updated")) {
      const list = ids[outcome];
      for (const id of rowIds) if (list.length < MAX_CHANGE_IDS) list.push(id);
    }
    total += count;
  }
  return total;
}

/** The relationship types by anchor end: a node reorders the page keys of the relationships it anchors (cypher/import/upsert-nodes). */
const ANCHORED_AT = {
  anchoredAtFrom: REL_TYPE_NAMES.filter((t) => REL_TYPES[t].anchor === "from"),
  anchoredAtTo: REL_TYPE_NAMES.filter((t) => REL_TYPES[t].anchor === "to"),
};

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

  async upsertNodes(tx: TxRunner, label: Label, rows: NodeRow[], into: Outcomes, ids?: ChangedIds): Promise<number> {
    const result = await tx.run<OutcomeRow>(ImportQueries.upsertNodes, {
      label,
      rows: rows.map((r) => ({ id: r.id, props: r.props })),
      maxIds: MAX_CHANGE_IDS,
      ...ANCHORED_AT,
    });
    return addOutcomes(into, ids, result);
  }

  async upsertRelationships(tx: TxRunner, type: RelType, rows: RelRow[], into: Outcomes, ids?: ChangedIds): Promise<number> {
    const byFrom = REL_TYPES[type].anchor === "from";
    const query = byFrom ? ImportQueries.upsertRelationshipsByFrom : ImportQueries.upsertRelationshipsByTo;
    // Each anchor locked once per batch, in one order for every transaction (fewer deadlocks).
    const anchors = [...new Set(rows.map((r) => (byFrom ? r.from : r.to)))].sort();
    // Each endpoint looked up once per batch; a row names its ends by position, as a list (the statement says why).
    const { ends, rows: shaped } = byEndPosition(rows, (r, from, to) => [from, to, r.key, r.props]);
    const result = await tx.run<OutcomeRow>(query, { type, anchors, ends, rows: shaped, maxIds: MAX_CHANGE_IDS });
    return addOutcomes(into, ids, result);
  }

  /**
   * Advances the graph version and records the change, in the write's own
   * transaction (so it commits or rolls back with it); returns the new version.
   */
  async recordChange(tx: TxRunner, change: ChangeRecord, retain: number): Promise<number> {
    const [row] = await tx.run<{ version: number }>(ChangeQueries.record, {
      actor: change.actor,
      origin: change.origin,
      created: change.nodeIds.created,
      updated: change.nodeIds.updated,
      relationshipsCreated: change.relationshipIds.created,
      relationshipsUpdated: change.relationshipIds.updated,
      createdCount: change.nodes.created,
      updatedCount: change.nodes.updated,
      relationshipsCreatedCount: change.relationships.created,
      relationshipsUpdatedCount: change.relationships.updated,
      retain,
    });
    if (!row) throw new Error("cypher/change/record returned no version");
    return row.version;
  }
}

/**
 * A batch of relationships as the statements that look each end up once take
 * it: the distinct ids of their ends, and each relationship shaped by `row`
 * with the positions of its from and to ends in that list.
 */
export function byEndPosition<T>(rels: readonly RelRow[], row: (rel: RelRow, from: number, to: number) => T): { ends: string[]; rows: T[] } {
  const position = new Map<string, number>();
  const at = (id: string) => {
    let i = position.get(id);
    if (i === undefined) position.set(id, (i = position.size));
    return i;
  };
  const rows = rels.map((r) => row(r, at(r.from), at(r.to)));
  return { ends: [...position.keys()], rows };
}
