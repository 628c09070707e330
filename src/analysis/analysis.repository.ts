import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityRow, type EntityValue } from "../entity/entity.model.js";
import { AnalysisQueries } from "./analysis.queries.js";

export interface MembershipRow {
  memberId: string;
  evidence: { code: string; programmeId: string; eventIds: string[] }[];
}

export interface ProgrammeFilter {
  codes: string[];
  match: "ALL" | "ANY";
  from: string | null;
  to: string | null;
  includeSynthetic: boolean;
}

export interface CoParticipantRow {
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

export interface PathRow {
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

export interface NeighbourhoodRow {
  levels: { id: string; level: number }[][];
  steps: PathStepRow[];
}

export class AnalysisRepository {
  constructor(private readonly runner: QueryRunner) {}

  async existingProgrammeCodes(codes: string[], opts?: RunOptions): Promise<Set<string>> {
    const rows = await this.runner.run<{ code: string }>(AnalysisQueries.programmesByCodes, { codes }, opts);
    return new Set(rows.map((r) => r.code));
  }

  coParticipants(filter: CoParticipantFilter, opts?: RunOptions): Promise<CoParticipantRow[]> {
    return this.runner.run<CoParticipantRow>(AnalysisQueries.coParticipants, { ...filter }, opts);
  }

  async search(params: SearchParams, opts?: RunOptions): Promise<{ score: number; entity: EntityValue }[]> {
    const rows = await this.runner.run<EntityRow & { score: number }>(AnalysisQueries.search, { ...params }, opts);
    return rows.map((r) => ({ score: r.score, entity: toEntity(r) }));
  }

  async neighbourhood(filter: NeighbourhoodFilter, opts?: RunOptions): Promise<NeighbourhoodRow | null> {
    const [row] = await this.runner.run<NeighbourhoodRow>(AnalysisQueries.neighbourhood, { ...filter }, opts);
    return row ?? null;
  }

  cooperationNetwork(filter: NetworkFilter, opts?: RunOptions): Promise<NetworkEdgeRow[]> {
    return this.runner.run<NetworkEdgeRow>(AnalysisQueries.cooperationNetwork, { ...filter }, opts);
  }

  timeline(filter: TimelineFilter, opts?: RunOptions): Promise<TimelineRow[]> {
    return this.runner.run<TimelineRow>(AnalysisQueries.timeline, { ...filter }, opts);
  }

  async shortestPath(filter: PathFilter, opts?: RunOptions): Promise<PathRow | null> {
    const [row] = await this.runner.run<PathRow>(AnalysisQueries.shortestPath, { ...filter }, opts);
    return row ?? null;
  }

  membersInProgrammes(filter: ProgrammeFilter, opts?: RunOptions): Promise<MembershipRow[]> {
    return this.runner.run<MembershipRow>(AnalysisQueries.membersInProgrammes, { ...filter }, opts);
  }
}
