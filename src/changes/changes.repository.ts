import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { ChangeQueries } from "./changes.queries.js";

/** A (:Change) node as stored by cypher/change/record.cypher. */
export interface ChangeRow {
  version: number;
  at: string;
  actor: string;
  origin: string;
  created: string[];
  updated: string[];
  relationshipsCreated: string[];
  relationshipsUpdated: string[];
  createdCount: number;
  updatedCount: number;
  relationshipsCreatedCount: number;
  relationshipsUpdatedCount: number;
}

export interface ChangePageRow {
  version: number;
  oldest: number | null;
  changes: ChangeRow[];
}

export class ChangesRepository {
  constructor(private readonly runner: QueryRunner) {}

  async version(opts?: RunOptions): Promise<number> {
    const [row] = await this.runner.run<{ version: number }>(ChangeQueries.version, {}, opts);
    return row?.version ?? 0;
  }

  async page(since: number, limit: number, opts?: RunOptions): Promise<ChangePageRow> {
    const [row] = await this.runner.run<ChangePageRow>(ChangeQueries.page, { since, limit }, opts);
    return row ?? { version: 0, oldest: null, changes: [] };
  }
}
