import type { RunOptions } from "../db/query-runner.js";
import { BadUserInputError } from "../errors/errors.js";
import type { AnalysisRepository, MembershipRow, ProgrammeFilter } from "./analysis.repository.js";

const MAX_PROGRAMMES = 10;

export class AnalysisService {
  constructor(private readonly repo: AnalysisRepository) {}

  /** Checks the programme codes (unknown ones are named), then runs the one statement. */
  async membersInProgrammes(filter: ProgrammeFilter, opts?: RunOptions): Promise<MembershipRow[]> {
    const codes = [...new Set(filter.codes.map((c) => c.trim().toUpperCase()))];
    if (codes.length === 0) throw new BadUserInputError("programmes must name at least one programme code, e.g. PGS", { argument: "programmes" });
    if (codes.length > MAX_PROGRAMMES) {
      throw new BadUserInputError(`programmes has ${codes.length} codes, over the maximum of ${MAX_PROGRAMMES} by ${codes.length - MAX_PROGRAMMES}`, { argument: "programmes" });
    }
    // "~" sorts after every date character, so `to` 2019 reaches the end of 2019.
    if (filter.from && filter.to && filter.from > `${filter.to}~`) {
      throw new BadUserInputError(`from (${filter.from}) is after to (${filter.to})`, { argument: "from" });
    }
    const known = await this.repo.existingProgrammeCodes(codes, opts);
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length > 0) {
      throw new BadUserInputError(`unknown programme code(s): ${unknown.map((c) => JSON.stringify(c.slice(0, 40))).join(", ")}`, { argument: "programmes", unknown });
    }
    return this.repo.membersInProgrammes({ ...filter, codes }, opts);
  }
}
