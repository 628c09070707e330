import type { RunOptions } from "../db/query-runner.js";
import { BadUserInputError } from "../errors/errors.js";
import { prime, type EntityLoader } from "../analysis/analysis.entities.js";
import type { ActivityArgs } from "./activity.args.js";
import type { ActivityValue } from "./activity.model.js";
import { activityParams } from "./activity.params.js";
import type { ActivityRepository } from "./activity.repository.js";

/**
 * Aggregations for dashboards: checks the arguments, runs the one statement,
 * primes the request's entity loader with the programmes, regions and actors
 * the page names, and explains an empty answer (an unknown programme code)
 * before giving it.
 */
export class ActivityService {
  constructor(private readonly repo: ActivityRepository) {}

  async activity(args: ActivityArgs, loader: EntityLoader, opts?: RunOptions): Promise<ActivityValue> {
    const params = activityParams(args);
    const page = await this.repo.activity(params, opts);
    prime(loader, page.entities);
    // A programme filter that matched rows matched its code; only an empty answer could hide an unknown one.
    if (page.totalRows === 0 && params.programme !== null) await this.checkProgramme(params.programme, opts);
    return { measure: params.measure, groupBy: params.groupBy, rows: page.rows, totalRows: page.totalRows, hasMore: params.offset + page.rows.length < page.totalRows, foldedMembers: params.foldMembers };
  }

  private async checkProgramme(code: string, opts?: RunOptions): Promise<void> {
    const known = await this.repo.existingProgrammeCodes([code], opts);
    if (!known.has(code)) throw new BadUserInputError(`programme: unknown programme code ${JSON.stringify(code.slice(0, 40))}`, { argument: "programme" });
  }
}
