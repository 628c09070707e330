import type { RunOptions } from "../db/query-runner.js";
import type { MetaRepository } from "./meta.repository.js";
import type { About } from "./meta.type.js";

export class MetaService {
  constructor(
    private readonly repo: MetaRepository,
    private readonly info: { service: string; version: string; database: string },
  ) {}

  graphVersion(opts?: RunOptions): Promise<number> {
    return this.repo.graphVersion(opts);
  }

  async about(opts?: RunOptions): Promise<About> {
    const [db, counts, labels] = await Promise.all([
      this.repo.databaseInfo(opts),
      this.repo.graphCounts(opts),
      this.repo.labelCounts(opts),
    ]);
    return {
      service: this.info.service,
      version: this.info.version,
      database: {
        product: db.name,
        version: db.version,
        edition: db.edition,
        database: this.info.database,
        nodeCount: counts.nodes,
        relationshipCount: counts.relationships,
        labels,
      },
    };
  }
}
