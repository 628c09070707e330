import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityRow, type EntityValue } from "../entity/entity.model.js";
import type { PeriodParams } from "../graphql/period.js";
import { AFFILIATION_ROLES, type AffiliationRole } from "../model/model.enums.js";
import type { FoldParams } from "./analysis.fold.js";
import { countYears, distinctIds, evolution, lastDate, splitYears, type EvolutionRow } from "./analysis.history.js";
import type { ProvenanceParams, SourceRow } from "./analysis.provenance.js";
import { AnalysisQueries } from "./analysis.queries.js";
import type {
  AffiliationValue,
  CoParticipantValue,
  CooperationValue,
  EvidenceValue,
  MembershipValue,
  Named,
  NeighbourhoodValue,
  NetworkEdgeValue,
  NetworkNodeValue,
  NetworkValue,
  NetworkYearValue,
  PathStepValue,
  PathValue,
  SearchHitValue,
  TimelineValue,
} from "./analysis.model.js";
import { RelationshipType } from "../graphql/model.enums.js";

/** The parameters of the statements in cypher/analysis (and programme/by-codes). */

export interface ProgrammeFilter extends PeriodParams, FoldParams {
  codes: string[];
  /** Whether the answer lists each programme's events (else their ids are left out). */
  withEvents: boolean;
  match: "ALL" | "ANY";
  includeSynthetic: boolean;
}

export interface CoParticipantFilter extends PeriodParams, FoldParams, ProvenanceParams {
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

/** The filters of network-evolution.cypher; cooperation-network.cypher adds maxEdges. */
export interface NetworkShapeFilter extends PeriodParams, FoldParams, ProvenanceParams {
  region: string | null;
  programme: string | null;
  minWeight: number;
  includeSynthetic: boolean;
  includeOrganizations: boolean;
}

export interface NetworkFilter extends NetworkShapeFilter {
  maxEdges: number;
}

export interface CooperationFilter extends PeriodParams, FoldParams, ProvenanceParams {
  between: string[];
  first: number;
  programme: string | null;
  includeSynthetic: boolean;
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

/** An AFFILIATED_WITH tie as the statements give it: the role as a string. */
export interface AffiliationRow {
  organizationId: string;
  memberId: string;
  role: string;
  uncertain: boolean;
  uncertainty: string | null;
}

interface MembershipRow extends EntitiesRow {
  memberId: string;
  evidence: { code: string; programmeId: string; eventIds: string[]; throughAffiliates: { affiliation: AffiliationRow; eventIds: string[] }[] }[];
}

interface CoParticipantRow extends EntitiesRow {
  partnerId: string;
  sharedEventCount: number;
  eventIds: string[];
  via: AffiliationRow[];
}

export interface PathStepRow {
  type: string;
  from: string;
  to: string;
  role: string | null;
  title: string | null;
  sources: string[];
  uncertain: boolean;
  uncertainty: string | null;
}

interface PathRow extends EntitiesRow {
  nodeIds: string[];
  steps: PathStepRow[];
}

interface NeighbourhoodRow extends EntitiesRow {
  levels: { id: string; level: number }[][];
  steps: PathStepRow[];
}

/** A network edge as the statement gives it: per-year weights (null: undated), the last end as a bound, sources in lists. */
interface NetworkEdgeRow {
  source: string;
  target: string;
  weight: number;
  firstDate: string | null;
  lastEnd: string | null;
  years: { year: number | null; weight: number }[];
  sourceLists: unknown;
}

interface NetworkRow {
  edges: NetworkEdgeRow[];
  totalEdges: number;
  totalNodes: number;
  nodes: (Omit<NetworkNodeValue, "via"> & { via: AffiliationRow[] })[];
}

interface CooperationRow {
  /** The actors found, as asked (askedId) and as counted (id, the folded member). */
  actors: { side: number; id: string; askedId: string; labels: string[] }[];
  weight: number;
  firstDate: string | null;
  lastEnd: string | null;
  years: number[];
  events: { eventId: string; sides: { side: number; participations: { participantId: string; role: string; uncertain: boolean; sources: string[] }[] }[] }[];
  used: { sources: string[]; via: AffiliationRow | null }[][][];
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

export function toStep(row: PathStepRow): PathStepValue {
  return { type: relationshipType(row.type), from: row.from, to: row.to, role: row.role, title: row.title, sources: row.sources, uncertain: row.uncertain, uncertainty: row.uncertainty };
}

/**
 * Relationships in the order an answer states them, whoever found them: by
 * start, end and type, then by what they say (the statements collect them in
 * no stated order; two that say the same are interchangeable).
 */
export function inStepOrder(steps: PathStepValue[]): PathStepValue[] {
  const text = (s: PathStepValue) => [s.from, s.to, s.type, s.role ?? "", s.title ?? "", s.sources.join("\u0001"), s.uncertain ? "1" : "0", s.uncertainty ?? ""];
  const keyed = steps.map((s) => ({ s, k: text(s) }));
  keyed.sort((x, y) => {
    for (let i = 0; i < x.k.length; i++) if (x.k[i] !== y.k[i]) return x.k[i]! < y.k[i]! ? -1 : 1;
    return 0;
  });
  return keyed.map((x) => x.s);
}

const AFFILIATION_ROLE_NAMES = new Map<string, AffiliationRole>(AFFILIATION_ROLES.map((r) => [r, r]));

/**
 * A member's evidence in the order the answer states it, whoever counted it:
 * the programmes as requested, each one's events and affiliates by id (the
 * statement collects them in no stated order).
 */
export function inStatedOrder(codes: readonly string[], evidence: EvidenceValue[]): EvidenceValue[] {
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return evidence
    .map((e) => ({
      ...e,
      eventIds: [...e.eventIds].sort(byId),
      throughAffiliates: e.throughAffiliates
        .map((t) => ({ ...t, eventIds: [...t.eventIds].sort(byId) }))
        .sort((x, y) => byId(x.affiliation.organizationId, y.affiliation.organizationId) || byId(x.affiliation.role, y.affiliation.role)),
    }))
    .sort((x, y) => codes.indexOf(x.code) - codes.indexOf(y.code));
}

export function toAffiliation(row: AffiliationRow): AffiliationValue {
  const role = AFFILIATION_ROLE_NAMES.get(row.role);
  if (!role) throw new Error(`affiliation role ${row.role} is not one of ${AFFILIATION_ROLES.join(", ")}`);
  return { organizationId: row.organizationId, memberId: row.memberId, role, uncertain: row.uncertain, uncertainty: row.uncertainty };
}

/** The ties of an answer row, by member then organization: the statements collect them in no stated order. */
export function toAffiliations(rows: readonly AffiliationRow[]): AffiliationValue[] {
  return rows.map(toAffiliation).sort((x, y) => x.memberId.localeCompare(y.memberId) || x.organizationId.localeCompare(y.organizationId));
}

function toEdge(row: NetworkEdgeRow): NetworkEdgeValue {
  return {
    source: row.source,
    target: row.target,
    weight: row.weight,
    firstDate: row.firstDate,
    lastDate: lastDate(row.lastEnd),
    ...splitYears(row.years),
    sources: distinctIds(row.sourceLists),
  };
}

/** The ties a cooperation used, each once. */
function usedTies(used: CooperationRow["used"]): AffiliationValue[] {
  const ties = new Map<string, AffiliationRow>();
  for (const row of used.flat(2)) if (row.via) ties.set(`${row.via.organizationId} ${row.via.memberId}`, row.via);
  return toAffiliations([...ties.values()]);
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
      value: rows.map((r) => ({
        memberId: r.memberId,
        foldedMembers: filter.foldMembers,
        evidence: inStatedOrder(
          filter.codes,
          r.evidence.map((e) => ({
            code: e.code,
            programmeId: e.programmeId,
            eventIds: e.eventIds,
            throughAffiliates: e.throughAffiliates.map((t) => ({ affiliation: toAffiliation(t.affiliation), eventIds: t.eventIds })),
          })),
        ),
      })),
      entities: entitiesOf(rows),
    };
  }

  async coParticipants(filter: CoParticipantFilter, opts?: RunOptions): Promise<Named<CoParticipantValue[]>> {
    const rows = await this.runner.run<CoParticipantRow>(AnalysisQueries.coParticipants, { ...filter }, opts);
    return {
      value: rows.map((r) => ({ partnerId: r.partnerId, sharedEventCount: r.sharedEventCount, eventIds: r.eventIds, foldedMembers: filter.foldMembers, via: toAffiliations(r.via) })),
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
    return { value: { nodes: row.levels.flat(), relationships: inStepOrder(row.steps.map(toStep)) }, entities: entitiesOf([row]) };
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
    return {
      nodes: row.nodes.map((n) => ({ id: n.id, degree: n.degree, strength: n.strength, keptDegree: n.keptDegree, keptStrength: n.keptStrength, via: toAffiliations(n.via) })),
      edges: row.edges.map(toEdge),
      truncated: row.totalEdges > row.edges.length,
      totalEdges: row.totalEdges,
      totalNodes: row.totalNodes,
      foldedMembers: filter.foldMembers,
    };
  }

  /** The sources chosen by id or publisher (publishers as publisherKey gives them). */
  async chosenSources(ids: string[], publishers: string[], opts?: RunOptions): Promise<SourceRow[]> {
    return this.runner.run<SourceRow>(AnalysisQueries.chosenSources, { ids, publishers }, opts);
  }

  /** The network year by year, each year from the first to the last with an edge. */
  async networkEvolution(filter: NetworkShapeFilter, opts?: RunOptions): Promise<NetworkYearValue[]> {
    return evolution(await this.runner.run<EvolutionRow>(AnalysisQueries.networkEvolution, { ...filter }, opts));
  }

  /** Two actors' shared events and what they add up to; the actors found (fewer than two: one does not exist). */
  async cooperation(filter: CooperationFilter, opts?: RunOptions): Promise<{ value: CooperationValue; found: CooperationRow["actors"] }> {
    const [row] = await this.runner.run<CooperationRow>(AnalysisQueries.cooperation, { ...filter }, opts);
    if (!row) throw new Error("analysis/cooperation returned no row");
    const actorIds = [...row.actors].sort((a, b) => a.side - b.side).map((a) => a.id);
    const bySide = (side: number) => actorIds[side] ?? filter.between[side]!;
    return {
      found: row.actors,
      value: {
        actorIds,
        weight: row.weight,
        firstDate: row.firstDate,
        lastDate: lastDate(row.lastEnd),
        weightByYear: countYears(row.years),
        undatedWeight: row.weight - row.years.length,
        sources: distinctIds(row.used.flat(2).map((u) => u.sources)),
        foldedMembers: filter.foldMembers,
        via: usedTies(row.used),
        sharedEvents: row.events.map((e) => ({
          eventId: e.eventId,
          participations: [...e.sides]
            .sort((a, b) => a.side - b.side)
            .flatMap((s) =>
              s.participations
                .map((p) => ({ actorId: bySide(s.side), participantId: p.participantId, role: p.role, uncertain: p.uncertain, sources: [...p.sources].sort() }))
                .sort((a, b) => a.participantId.localeCompare(b.participantId) || a.role.localeCompare(b.role)),
            ),
        })),
      },
    };
  }
}
