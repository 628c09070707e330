import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { ChangeQueries } from "../changes/changes.queries.js";
import { MetaQueries } from "./meta.queries.js";

export interface DatabaseInfoRow {
  name: string;
  version: string;
  edition: string;
}

export interface GraphCountsRow {
  nodes: number;
  relationships: number;
}

export interface LabelCountRow {
  label: string;
  count: number;
}

export class MetaRepository {
  constructor(private readonly runner: QueryRunner) {}

  async databaseInfo(opts?: RunOptions): Promise<DatabaseInfoRow> {
    const [row] = await this.runner.run<DatabaseInfoRow>(MetaQueries.databaseInfo, {}, opts);
    if (!row) throw new Error("dbms.components() returned no row");
    return row;
  }

  async graphCounts(opts?: RunOptions): Promise<GraphCountsRow> {
    const [row] = await this.runner.run<GraphCountsRow>(MetaQueries.graphCounts, {}, opts);
    return row ?? { nodes: 0, relationships: 0 };
  }

  async graphVersion(opts?: RunOptions): Promise<number> {
    const [row] = await this.runner.run<{ version: number }>(ChangeQueries.version, {}, opts);
    return row?.version ?? 0;
  }

  labelCounts(opts?: RunOptions): Promise<LabelCountRow[]> {
    return this.runner.run<LabelCountRow>(MetaQueries.labelCounts, {}, opts);
  }
}
