import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import type { ActorRow, EventRow, ProgrammeRow, Stamp, TieRow } from "./projection.model.js";
import { ProjectionQueries } from "./projection.queries.js";

/** The rows a projection is built from, read in one transaction, with the stamp before and after. */
export interface ProjectionRows {
  before: Stamp;
  after: Stamp;
  actors: ActorRow[];
  events: EventRow[];
  ties: TieRow[];
  programmes: ProgrammeRow[];
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
        const events = await tx.run<Omit<EventRow, "participations">>(ProjectionQueries.events);
        const participations = await tx.run<Pick<EventRow, "id" | "participations">>(ProjectionQueries.participations);
        const ties = await tx.run<TieRow>(ProjectionQueries.ties);
        const programmes = await tx.run<ProgrammeRow>(ProjectionQueries.programmes);
        const [after] = await tx.run<Stamp>(ProjectionQueries.stamp);
        // Read apart (faster than together); a write between the two reads changes the stamp, and the service reads again.
        const byEvent = new Map(participations.map((p) => [p.id, p.participations]));
        return { before: before!, after: after!, actors, events: events.map((e) => ({ ...e, participations: byEvent.get(e.id) ?? [] })), ties, programmes };
      },
      opts,
    );
  }
}
