import type { RunOptions } from "../db/query-runner.js";
import { BadUserInputError } from "../errors/errors.js";
import type { ChangeRow, ChangesRepository } from "./changes.repository.js";
import type { GraphChange, GraphChangePage } from "./changes.type.js";

/** The largest page `changes` returns. */
export const MAX_CHANGES_PAGE = 200;

export function toGraphChange(row: ChangeRow): GraphChange {
  return {
    version: row.version,
    at: row.at,
    actor: row.actor,
    origin: row.origin,
    created: row.created,
    updated: row.updated,
    relationshipsCreated: row.relationshipsCreated,
    relationshipsUpdated: row.relationshipsUpdated,
    nodes: { created: row.createdCount, updated: row.updatedCount },
    relationships: { created: row.relationshipsCreatedCount, updated: row.relationshipsUpdatedCount },
  };
}

/** The graph version and the changes recorded by coopgraph's write path (import.service.ts). */
export class ChangesService {
  constructor(private readonly repo: ChangesRepository) {}

  version(opts?: RunOptions): Promise<number> {
    return this.repo.version(opts);
  }

  async page(since: number, first: number, opts?: RunOptions): Promise<GraphChangePage> {
    if (!Number.isInteger(since) || since < 0) throw new BadUserInputError("since must be a graph version: 0 or more.", { argument: "since" });
    if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_PAGE) {
      throw new BadUserInputError(`first must be between 1 and ${MAX_CHANGES_PAGE}.`, { argument: "first" });
    }
    // One more than asked tells whether another page follows.
    const row = await this.repo.page(since, first + 1, opts);
    const changes = row.changes.slice(0, first).map(toGraphChange);
    // Pruned changes, or a version from another history (the graph was emptied), leave a gap the client must know of.
    const complete = since <= row.version && (row.version === since || (row.oldest !== null && row.oldest <= since + 1));
    return { version: row.version, changes, hasMore: row.changes.length > first, complete };
  }
}
