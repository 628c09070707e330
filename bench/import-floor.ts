/**
 * The import benchmark's floor: the files written the least way Neo4j allows,
 * shaped as the transactional importer writes them (one transaction a file,
 * nodes label by label, then relationships type by type, in batches of the
 * same size) but with nothing read, checked or compared: every record created
 * by the simplest statement (cypher/import/floor-*), each end looked up once a
 * batch, the page keys worked out beforehand (src/import/import.plan.ts), the
 * files read and checked before the clock starts. What writing and committing
 * the same graph costs the database itself on this machine: the ceiling of any
 * importer that writes in transactions. Never a way to import: it would
 * duplicate what is already in the graph.
 */
import type { QueryRunner, TxRunner } from "../src/db/query-runner.js";
import { groupBy, pageKeyOf } from "../src/import/import.plan.js";
import { ImportQueries } from "../src/import/import.queries.js";
import { byEndPosition } from "../src/import/import.repository.js";
import type { NodeRow, ParsedFile, RelRow } from "../src/import/import.reader.js";
import type { ImportOptions } from "../src/import/import.service.js";

/** The importer's own timing hooks, so bench:import times both routes alike. */
export type FloorClock = Pick<ImportOptions, "observer" | "onFileWritten" | "onFileCommitted">;

export interface FloorCounts {
  nodes: number;
  relationships: number;
}

/** Writes every file in a transaction of its own; `nodes` holds every node of the final graph (for the page keys). */
export async function writeFloor(runner: QueryRunner, files: readonly ParsedFile[], nodes: ReadonlyMap<string, NodeRow>, batchSize: number, clock: FloorClock = {}): Promise<FloorCounts> {
  const counts: FloorCounts = { nodes: 0, relationships: 0 };
  const options = clock.observer ? { observer: clock.observer } : {};
  for (const file of files) {
    const written = await runner.transaction(
      "WRITE",
      async (tx) => {
        const here = await writeFloorFile(tx, file, nodes, batchSize);
        clock.onFileWritten?.(file.file);
        return here;
      },
      options,
    );
    clock.onFileCommitted?.(file.file);
    counts.nodes += written.nodes;
    counts.relationships += written.relationships;
  }
  return counts;
}

/** One file's nodes, label by label, then its relationships, type by type, in the given transaction. */
async function writeFloorFile(tx: TxRunner, file: ParsedFile, nodes: ReadonlyMap<string, NodeRow>, batchSize: number): Promise<FloorCounts> {
  const counts: FloorCounts = { nodes: 0, relationships: 0 };
  for (const [label, rows] of groupBy(file.nodes, (n: NodeRow) => n.label)) {
    for (let i = 0; i < rows.length; i += batchSize) {
      const [row] = await tx.run<{ written: number }>(ImportQueries.floorNodes, { label, rows: rows.slice(i, i + batchSize).map((n) => n.props) });
      counts.nodes += row?.written ?? 0;
    }
  }
  for (const [type, rows] of groupBy(file.rels, (r: RelRow) => r.type)) {
    for (let i = 0; i < rows.length; i += batchSize) {
      const [row] = await tx.run<{ written: number }>(ImportQueries.floorRelationships, { type, ...byEndPosition(rows.slice(i, i + batchSize), (r, from, to) => [from, to, { ...r.props, pageKey: pageKeyOf(r, nodes) }]) });
      counts.relationships += row?.written ?? 0;
    }
  }
  return counts;
}
