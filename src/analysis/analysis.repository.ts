import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityRow, type EntityValue } from "../entity/entity.model.js";
import type { PeriodParams } from "../graphql/period.js";
import { AnalysisQueries } from "./analysis.queries.js";
import type {
  CoParticipantValue,
  MembershipValue,
  Named,
  NeighbourhoodValue,
  NetworkEdgeValue,
  NetworkNodeValue,
  NetworkValue,
  PathStepValue,
  PathValue,
  SearchHitValue,
  TimelineValue,
} from "./analysis.model.js";
import { RelationshipType } from "../graphql/model.enums.js";

/** The parameters of the statements in cypher/analysis (and programme/by-codes). */

export interface ProgrammeFilter extends PeriodParams {
  codes: string[];
  /** Whether the answer lists each programme's events (else their ids are left out). */
  withEvents: boolean;
  match: "ALL" | "ANY";
  includeSynthetic: boolean;
}

export interface CoParticipantFilter extends PeriodParams {
  id: string;
  first: number;
  eventsPerPartner: number;
  programme: string | null;
  includeSynthetic: boolean;
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

export interface TimelineFilter extends PeriodParams {
  id: string;
  first: number;
  includeSynthetic: boolean;
}

export interface NetworkFilter extends PeriodParams {
  region: string | null;
  programme: string | null;
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

/** The rows the statements return, as Neo4j gives them: relationship types as strings, entities as (id, labels, props). */

interface EntitiesRow {
  entities: EntityRow[];
}

interface MembershipRow extends EntitiesRow {
  memberId: string;
  evidence: { code: string; programmeId: string; eventIds: string[] }[];
}

interface CoParticipantRow extends EntitiesRow {
  partnerId: string;
  sharedEventCount: number;
  eventIds: string[];
}

interface PathStepRow {
  type: string;
  from: string;
  to: string;
  role: string | null;
  title: string | null;
  sources: string[];
}

interface PathRow extends EntitiesRow {
  nodeIds: string[];
  steps: PathStepRow[];
}

interface NeighbourhoodRow extends EntitiesRow {
  levels: { id: string; level: number }[][];
  steps: PathStepRow[];
}

interface NetworkRow {
  edges: NetworkEdgeValue[];
  totalEdges: number;
  totalNodes: number;
  nodes: NetworkNodeValue[];
}

interface TimelineRow {
  eventId: string;
  date: string | null;
  relation: string;
  role: string | null;
}

const RELATIONSHIP_TYPES = new Map<string, RelationshipType>(Object.values(RelationshipType).map((t) => [t, t]));

function relationshipType(type: string): RelationshipType {
  const known = RELATIONSHIP_TYPES.get(type);
  if (!known) throw new Error(`relationship type ${type} is not in the RelationshipType enum`);
  return known;
}

function toStep(row: PathStepRow): PathStepValue {
  return { type: relationshipType(row.type), from: row.from, to: row.to, role: row.role, title: row.title, sources: row.sources };
}

function entitiesOf(rows: readonly EntitiesRow[]): EntityValue[] {
  return rows.flatMap((row) => row.entities.map(toEntity));
}

export class AnalysisRepository {
  constructor(private readonly runner: QueryRunner) {}

  async existingProgrammeCodes(codes: string[], opts?: RunOptions): Promise<Set<string>> {
    const rows = await this.runner.run<{ code: string }>(AnalysisQueries.programmesByCodes, { codes }, opts);
    return new Set(rows.map((r) => r.code));
  }

  async membersInProgrammes(filter: ProgrammeFilter, opts?: RunOptions): Promise<Named<MembershipValue[]>> {
    const rows = await this.runner.run<MembershipRow>(AnalysisQueries.membersInProgrammes, { ...filter }, opts);
    return {
      value: rows.map((r) => ({ memberId: r.memberId, evidence: r.evidence.map((e) => ({ code: e.code, programmeId: e.programmeId, eventIds: e.eventIds })) })),
      entities: entitiesOf(rows),
    };
  }

  async coParticipants(filter: CoParticipantFilter, opts?: RunOptions): Promise<Named<CoParticipantValue[]>> {
    const rows = await this.runner.run<CoParticipantRow>(AnalysisQueries.coParticipants, { ...filter }, opts);
    return {
      value: rows.map((r) => ({ partnerId: r.partnerId, sharedEventCount: r.sharedEventCount, eventIds: r.eventIds })),
      entities: entitiesOf(rows),
    };
  }

  async shortestPath(filter: PathFilter, opts?: RunOptions): Promise<Named<PathValue> | null> {
    const [row] = await this.runner.run<PathRow>(AnalysisQueries.shortestPath, { ...filter }, opts);
    if (!row) return null;
    return { value: { nodeIds: row.nodeIds, steps: row.steps.map(toStep), length: row.steps.length }, entities: entitiesOf([row]) };
  }

  async neighbourhood(filter: NeighbourhoodFilter, opts?: RunOptions): Promise<Named<NeighbourhoodValue> | null> {
    const [row] = await this.runner.run<NeighbourhoodRow>(AnalysisQueries.neighbourhood, { ...filter }, opts);
    if (!row) return null;
    return { value: { nodes: row.levels.flat(), relationships: row.steps.map(toStep) }, entities: entitiesOf([row]) };
  }

  /** The hits with their properties; the service tells which fields matched. */
  async search(params: SearchParams, opts?: RunOptions): Promise<Omit<SearchHitValue, "matches">[]> {
    const rows = await this.runner.run<EntityRow & { score: number }>(AnalysisQueries.search, { ...params }, opts);
    return rows.map((r) => ({ score: r.score, entity: toEntity(r) }));
  }

  async timeline(filter: TimelineFilter, opts?: RunOptions): Promise<TimelineValue[]> {
    const rows = await this.runner.run<TimelineRow>(AnalysisQueries.timeline, { ...filter }, opts);
    return rows.map((r) => ({ eventId: r.eventId, date: r.date, relation: relationshipType(r.relation), role: r.role }));
  }

  /** One row: the kept edges and nodes, and the whole network's size. */
  async cooperationNetwork(filter: NetworkFilter, opts?: RunOptions): Promise<NetworkValue> {
    const [row] = await this.runner.run<NetworkRow>(AnalysisQueries.cooperationNetwork, { ...filter }, opts);
    if (!row) throw new Error("analysis/cooperation-network returned no row");
    return { nodes: row.nodes, edges: row.edges, truncated: row.totalEdges > row.edges.length, totalEdges: row.totalEdges, totalNodes: row.totalNodes };
  }
}
