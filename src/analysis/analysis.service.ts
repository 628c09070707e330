import type { RunOptions } from "../db/query-runner.js";
import { BadUserInputError } from "../errors/errors.js";
import { NotFoundError } from "../errors/errors.js";
import type { EntityValue } from "../entity/entity.model.js";
import type {
  AnalysisRepository,
  CoParticipantFilter,
  CoParticipantRow,
  MembershipRow,
  NeighbourhoodFilter,
  NetworkEdgeRow,
  NetworkFilter,
  PathFilter,
  PathRow,
  ProgrammeFilter,
  TimelineFilter,
  TimelineRow,
} from "./analysis.repository.js";
import type { PathStepRow as PathStepRowOut } from "./analysis.repository.js";

const MAX_PROGRAMMES = 10;

export class AnalysisService {
  constructor(private readonly repo: AnalysisRepository) {}

  /**
   * Co-participants of a member or organization. An empty answer is explained
   * before it is given: an unknown id is NOT_FOUND, an event's id or an unknown
   * programme code BAD_USER_INPUT, not "cooperates with no one". A non-empty
   * answer proves all of that already (only members and organizations take
   * part; a programme filter matched its code), so it costs no second statement.
   */
  async coParticipants(
    filter: CoParticipantFilter,
    lookup: (id: string) => Promise<EntityValue | null>,
    opts?: RunOptions,
  ): Promise<CoParticipantRow[]> {
    const rows = await this.repo.coParticipants(filter, opts);
    if (rows.length > 0) return rows;
    const entity = await lookup(filter.id);
    if (!entity) throw new NotFoundError(`No entity has the id ${JSON.stringify(filter.id)}`, { argument: "id" });
    if (entity.__typename !== "Member" && entity.__typename !== "Organization") {
      throw new BadUserInputError(`${filter.id} is a ${entity.__typename}; co-participants are asked of a Member or an Organization`, { argument: "id" });
    }
    if (filter.programme !== null) await this.checkCodes([filter.programme], opts);
    return rows;
  }

  /** Up to three levels around an entity; NOT_FOUND for an unknown id. */
  async neighbourhood(filter: NeighbourhoodFilter, opts?: RunOptions): Promise<{ nodes: { id: string; level: number }[]; steps: PathStepRowOut[]; entities: EntityValue[] }> {
    const row = await this.repo.neighbourhood(filter, opts);
    if (!row) throw new NotFoundError(`No entity has the id ${JSON.stringify(filter.id)}`, { argument: "id" });
    return { nodes: row.levels.flat(), steps: row.steps, entities: row.entities };
  }

  /**
   * The weighted co-participation network for a filter, ready to draw: edges
   * from the one statement, nodes derived from them with their degree and
   * strength (sum of edge weights).
   */
  async cooperationNetwork(filter: NetworkFilter, opts?: RunOptions): Promise<{ nodes: { id: string; degree: number; strength: number }[]; edges: NetworkEdgeRow[] }> {
    if (filter.region !== null && !["ESA", "EUR", "AP", "MENA", "AMS", "WCA"].includes(filter.region)) {
      throw new BadUserInputError(`region ${JSON.stringify(filter.region.slice(0, 20))} is not a region code (ESA, EUR, AP, MENA, AMS, WCA)`, { argument: "region" });
    }
    if (filter.programme !== null) await this.checkCodes([filter.programme], opts);
    const edges = await this.repo.cooperationNetwork(filter, opts);
    const nodes = new Map<string, { id: string; degree: number; strength: number }>();
    for (const e of edges) {
      for (const id of [e.source, e.target]) {
        const n = nodes.get(id) ?? { id, degree: 0, strength: 0 };
        n.degree += 1;
        n.strength += e.weight;
        nodes.set(id, n);
      }
    }
    return { nodes: [...nodes.values()].sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id)), edges };
  }

  /** An entity's events in date order; NOT_FOUND for an unknown id (not an empty timeline). */
  async timeline(filter: TimelineFilter, lookup: (id: string) => Promise<EntityValue | null>, opts?: RunOptions): Promise<TimelineRow[]> {
    if (!(await lookup(filter.id))) throw new NotFoundError(`No entity has the id ${JSON.stringify(filter.id)}`, { argument: "id" });
    return this.repo.timeline(filter, opts);
  }

  /**
   * The shortest path between two entities; both must exist (NOT_FOUND names
   * the missing one). A path found proves they do; only "no path" is checked.
   */
  async shortestPath(filter: PathFilter, lookup: (id: string) => Promise<EntityValue | null>, opts?: RunOptions): Promise<PathRow | null> {
    const path = filter.from === filter.to ? null : await this.repo.shortestPath(filter, opts);
    if (path) return path;
    const [a, b] = await Promise.all([lookup(filter.from), lookup(filter.to)]);
    if (!a) throw new NotFoundError(`No entity has the id ${JSON.stringify(filter.from)}`, { argument: "from" });
    if (!b) throw new NotFoundError(`No entity has the id ${JSON.stringify(filter.to)}`, { argument: "to" });
    return filter.from === filter.to ? { nodeIds: [filter.from], steps: [], entities: [a] } : null;
  }

  /** Full-text search; the user's words become escaped Lucene terms that must all match (prefix on the last). */
  search(text: string, labels: string[] | null, first: number, includeSynthetic: boolean, opts?: RunOptions) {
    const query = luceneQuery(text);
    return this.repo.search({ query, labels, first, scanLimit: Math.min(first * 20, 2_000), includeSynthetic }, opts);
  }

  /** Refuses unknown programme codes with BAD_USER_INPUT naming them. */
  async checkCodes(codes: string[], opts?: RunOptions): Promise<void> {
    const known = await this.repo.existingProgrammeCodes(codes, opts);
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length > 0) {
      throw new BadUserInputError(`unknown programme code(s): ${unknown.map((c) => JSON.stringify(c.slice(0, 40))).join(", ")}`, { argument: "programmes", unknown });
    }
  }

  /**
   * Runs the one statement; the codes are checked (unknown ones named) only
   * when a requested code is missing from every answer's evidence, the one
   * case an unknown code could hide in.
   */
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
    const rows = await this.repo.membersInProgrammes({ ...filter, codes }, opts);
    const seen = new Set(rows.flatMap((r) => r.evidence.map((e) => e.code)));
    if (codes.some((c) => !seen.has(c))) await this.checkCodes(codes, opts);
    return rows;
  }
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Turns free text into a Lucene query of escaped terms, all required, the last one also as a prefix. */
export function luceneQuery(text: string): string {
  const terms = text.trim().split(/\s+/).filter(Boolean).slice(0, 20);
  if (terms.length === 0 || text.length > 200) {
    throw new BadUserInputError(text.length > 200 ? `text is ${text.length} characters, over the maximum of 200 by ${text.length - 200}` : "text must contain at least one word", { argument: "text" });
  }
  const escaped = terms.map((t) => t.replace(LUCENE_SPECIAL, (c) => `\\${c}`).toLowerCase());
  const last = escaped.length - 1;
  return escaped.map((t, i) => (i === last ? `(${t} OR ${t}*)` : t)).map((t) => `+${t}`).join(" ");
}
