import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import type { ActorRow, EventRow, Stamp, TieRow } from "./projection.model.js";
import { ProjectionQueries } from "./projection.queries.js";

/** The rows a projection is built from, read in one transaction, with the stamp before and after. */
export interface ProjectionRows {
  before: Stamp;
  after: Stamp;
  actors: ActorRow[];
  events: EventRow[];
  ties: TieRow[];
}

export class ProjectionRepository {
  constructor(private readonly runner: QueryRunner) {}

  async stamp(opts?: RunOptions): Promise<Stamp> {
    const [row] = await this.runner.run<Stamp>(ProjectionQueries.stamp, {}, opts);
    return row ?? { version: 0, history: "" };
  }

  rows(opts: RunOptions): Promise<ProjectionRows> {
    return this.runner.transaction(
      "READ",
      async (tx) => {
        const [before] = await tx.run<Stamp>(ProjectionQueries.stamp);
        const actors = await tx.run<ActorRow>(ProjectionQueries.actors);
        const events = await tx.run<EventRow>(ProjectionQueries.events);
        const ties = await tx.run<TieRow>(ProjectionQueries.ties);
        const [after] = await tx.run<Stamp>(ProjectionQueries.stamp);
        return { before: before!, after: after!, actors, events, ties };
      },
      opts,
    );
  }
}
