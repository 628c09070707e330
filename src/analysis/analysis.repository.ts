import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityRow, type EntityValue } from "../entity/entity.model.js";
import { AnalysisQueries } from "./analysis.queries.js";

/**
 * The entities an answer names, read by the same statement so the request's
 * entity loader is primed with them instead of sending a second one.
 */
export interface WithEntities {
  entities: EntityValue[];
}

type RawEntities<T> = Omit<T, "entities"> & { entities: EntityRow[] };

function withEntities<T extends WithEntities>(row: RawEntities<T>): T {
  return { ...row, entities: row.entities.map(toEntity) } as T;
}

export interface MembershipRow extends WithEntities {
  memberId: string;
  evidence: { code: string; programmeId: string; eventIds: string[] }[];
}

export interface ProgrammeFilter {
  codes: string[];
  /** Whether the answer lists each programme's events (else their ids are left out). */
  withEvents: boolean;
  match: "ALL" | "ANY";
  from: string | null;
  to: string | null;
  includeSynthetic: boolean;
}

export interface CoParticipantRow extends WithEntities {
  partnerId: string;
  sharedEventCount: number;
  eventIds: string[];
}

export interface CoParticipantFilter {
  id: string;
  first: number;
  eventsPerPartner: number;
  programme: string | null;
  from: string | null;
  to: string | null;
  includeSynthetic: boolean;
}

export interface PathStepRow {
  type: string;
  from: string;
  to: string;
  role: string | null;
  title: string | null;
  sources: string[];
}

export interface PathRow extends WithEntities {
  nodeIds: string[];
  steps: PathStepRow[];
}

export interface PathFilter {
  from: string;
  to: string;
  maxHops: number;
  types: string[] | null;
  includeSynthetic: boolean;
}

export interface SearchParams {
  query: string;
  labels: string[] | null;
  first: number;
  scanLimit: number;
  includeSynthetic: boolean;
}

export interface TimelineRow {
  eventId: string;
  date: string | null;
  relation: string;
  role: string | null;
}

export interface TimelineFilter {
  id: string;
  first: number;
  from: string | null;
  to: string | null;
  includeSynthetic: boolean;
}

export interface NetworkEdgeRow {
  source: string;
  target: string;
  weight: number;
}

export interface NetworkFilter {
  region: string | null;
  programme: string | null;
  from: string | null;
  to: string | null;
  minWeight: number;
  maxEdges: number;
  includeSynthetic: boolean;
  includeOrganizations: boolean;
}

export interface NeighbourhoodFilter {
  id: string;
  depth: number;
  limit: number;
  types: string[] | null;
  includeSynthetic: boolean;
}

export interface NeighbourhoodRow extends WithEntities {
  levels: { id: string; level: number }[][];
  steps: PathStepRow[];
}

export class AnalysisRepository {
  constructor(private readonly runner: QueryRunner) {}

  async existingProgrammeCodes(codes: string[], opts?: RunOptions): Promise<Set<string>> {
    const rows = await this.runner.run<{ code: string }>(AnalysisQueries.programmesByCodes, { codes }, opts);
    return new Set(rows.map((r) => r.code));
  }

  async coParticipants(filter: CoParticipantFilter, opts?: RunOptions): Promise<CoParticipantRow[]> {
    const rows = await this.runner.run<RawEntities<CoParticipantRow>>(AnalysisQueries.coParticipants, { ...filter }, opts);
    return rows.map(withEntities);
  }

  async search(params: SearchParams, opts?: RunOptions): Promise<{ score: number; entity: EntityValue }[]> {
    const rows = await this.runner.run<EntityRow & { score: number }>(AnalysisQueries.search, { ...params }, opts);
    return rows.map((r) => ({ score: r.score, entity: toEntity(r) }));
  }

  async neighbourhood(filter: NeighbourhoodFilter, opts?: RunOptions): Promise<NeighbourhoodRow | null> {
    const [row] = await this.runner.run<RawEntities<NeighbourhoodRow>>(AnalysisQueries.neighbourhood, { ...filter }, opts);
    return row ? withEntities(row) : null;
  }

  cooperationNetwork(filter: NetworkFilter, opts?: RunOptions): Promise<NetworkEdgeRow[]> {
    return this.runner.run<NetworkEdgeRow>(AnalysisQueries.cooperationNetwork, { ...filter }, opts);
  }

  timeline(filter: TimelineFilter, opts?: RunOptions): Promise<TimelineRow[]> {
    return this.runner.run<TimelineRow>(AnalysisQueries.timeline, { ...filter }, opts);
  }

  async shortestPath(filter: PathFilter, opts?: RunOptions): Promise<PathRow | null> {
    const [row] = await this.runner.run<RawEntities<PathRow>>(AnalysisQueries.shortestPath, { ...filter }, opts);
    return row ? withEntities(row) : null;
  }

  async membersInProgrammes(filter: ProgrammeFilter, opts?: RunOptions): Promise<MembershipRow[]> {
    const rows = await this.runner.run<RawEntities<MembershipRow>>(AnalysisQueries.membersInProgrammes, { ...filter }, opts);
    return rows.map(withEntities);
  }
}
