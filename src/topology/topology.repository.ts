import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityRow, type EntityValue } from "../entity/entity.model.js";
import type { PathStepRow } from "../analysis/analysis.repository.js";
import type { Stamp } from "../projection/projection.model.js";
import { ProjectionQueries } from "../projection/projection.queries.js";
import type { AdjacencyRow } from "./topology.model.js";
import { TopologyQueries } from "./topology.queries.js";
import type { Pair } from "./topology.walk.js";

/** The rows a topology is built from, read in one transaction, with the stamp before and after. */
export interface TopologyRows {
  before: Stamp;
  after: Stamp;
  rows: AdjacencyRow[];
}

export class TopologyRepository {
  constructor(private readonly runner: QueryRunner) {}

  rows(opts: RunOptions): Promise<TopologyRows> {
    return this.runner.transaction(
      "READ",
      async (tx) => {
        const [before] = await tx.run<Stamp>(ProjectionQueries.stamp);
        const rows = await tx.run<AdjacencyRow>(TopologyQueries.adjacency);
        const [after] = await tx.run<Stamp>(ProjectionQueries.stamp);
        return { before: before!, after: after!, rows };
      },
      opts,
    );
  }

  /** The relationships of each pair with their provenance (by pair, then key), the entities named, and the graph's stamp now. */
  async steps(pairs: Pair[], ids: string[], includeSynthetic: boolean, opts?: RunOptions): Promise<{ steps: PathStepRow[]; entities: EntityValue[]; stamp: Stamp }> {
    const [row] = await this.runner.run<{ steps: PathStepRow[]; entities: EntityRow[] } & Stamp>(TopologyQueries.steps, { pairs, ids, includeSynthetic }, opts);
    if (!row) throw new Error("topology/steps returned no row");
    return { steps: row.steps, entities: row.entities.map(toEntity), stamp: { version: row.version, history: row.history } };
  }
}
