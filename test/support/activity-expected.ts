import type { NodeRow, RelRow } from "../../src/import/import.reader.js";
import type { ActivityDimension, ActivityMeasure, AffiliationRole, EventKind, RelationshipRole } from "../generated/graphql.js";
import { dayInterval } from "./dates.js";

/**
 * activity() computed a second way, from the import records themselves, after
 * what docs/querying.md#aggregations-for-dashboards-activity says: plain loops
 * over events and their ties, no Cypher, nothing of src/activity.
 */

export type Dimension = ActivityDimension;
export type Measure = ActivityMeasure;

export interface ActivityQuery {
  groupBy: Dimension[];
  measure: Measure;
  programme?: string;
  region?: string;
  from?: string;
  to?: string;
  includeSynthetic?: boolean;
  includeOrganizations?: boolean;
  foldMembers?: boolean;
  foldRoles?: AffiliationRole[];
  eventKinds?: EventKind[];
  roles?: RelationshipRole[];
}

/** A row as the tests compare it: programme by code, region by code, actor by id. */
export interface ExpectedRow {
  year: number | null;
  programme: string | null;
  region: string | null;
  eventKind: string | null;
  role: string | null;
  actor: string | null;
  value: number;
}

interface Tie {
  actor: string;
  role: string;
}

const synthetic = (props: Record<string, unknown>) => props.synthetic === true;

/** The graph as the records describe it, indexed for the computation. */
export class ActivityWorld {
  readonly events: NodeRow[] = [];
  private readonly labelOf = new Map<string, string>();
  private readonly codeOf = new Map<string, string>();
  private readonly parents = new Map<string, string[]>();
  private readonly programmesOf = new Map<string, string[]>();
  private readonly regionsOf = new Map<string, string[]>();
  /** An organization's AFFILIATED_WITH tie: at most one each. */
  private readonly affiliation = new Map<string, { member: string; role: string; props: Record<string, unknown> }>();
  private readonly participations = new Map<string, (Tie & { props: Record<string, unknown> })[]>();
  private readonly appearances = new Map<string, (Tie & { props: Record<string, unknown> })[]>();

  constructor(nodes: NodeRow[], rels: RelRow[]) {
    for (const n of nodes) {
      this.labelOf.set(n.id, n.label);
      if (n.label === "Event") this.events.push(n);
      if (n.label === "Programme" || n.label === "Region") this.codeOf.set(n.id, String(n.props.code));
    }
    // One relationship per (from, type, to, key), as the importer stores them.
    const unique = new Map(rels.map((r) => [`${r.from}|${r.type}|${r.to}|${r.key}`, r]));
    const push = <T>(map: Map<string, T[]>, k: string, v: T) => map.set(k, [...(map.get(k) ?? []), v]);
    for (const r of unique.values()) {
      if (r.type === "PART_OF" && this.labelOf.get(r.from) === "Programme") push(this.parents, r.from, r.to);
      if (r.type === "ACTIVITY_OF" || r.type === "ADDRESSED") push(this.programmesOf, r.from, r.to);
      if (r.type === "IN_REGION") push(this.regionsOf, r.from, r.to);
      if (r.type === "PARTICIPATED_IN") push(this.participations, r.to, { actor: r.from, role: String(r.props.role), props: r.props });
      if (r.type === "SPOKE_AT") push(this.appearances, r.to, { actor: r.from, role: String(r.props.role), props: r.props });
      if (r.type === "AFFILIATED_WITH") this.affiliation.set(r.from, { member: r.to, role: String(r.props.role), props: r.props });
    }
  }

  /** A programme and every programme above it. */
  private lineage(p: string): Set<string> {
    const seen = new Set<string>();
    const walk = (q: string) => {
      if (seen.has(q)) return;
      seen.add(q);
      for (const parent of this.parents.get(q) ?? []) walk(parent);
    };
    walk(p);
    return seen;
  }

  /** The programme codes an event counts for: its programmes and those above them. */
  private programmeCodes(event: string): Set<string> {
    const codes = new Set<string>();
    for (const p of this.programmesOf.get(event) ?? []) for (const q of this.lineage(p)) codes.add(this.codeOf.get(q)!);
    return codes;
  }

  /** The programmes under (or equal to) the one of this code, by code. */
  private underProgramme(code: string, candidate: string): boolean {
    const id = [...this.codeOf].find(([k, c]) => c === candidate && this.labelOf.get(k) === "Programme")?.[0];
    return id !== undefined && [...this.lineage(id)].some((q) => this.codeOf.get(q) === code);
  }

  private inPeriod(e: NodeRow, q: ActivityQuery): boolean {
    const start = e.props.startDate as string | undefined;
    if (!q.from && !q.to) return true;
    if (!start) return false;
    const first = dayInterval(start).first;
    const last = dayInterval((e.props.endDate as string | undefined) ?? start).last;
    return (!q.to || first <= dayInterval(q.to).last) && (!q.from || last >= dayInterval(q.from).first);
  }

  private years(e: NodeRow, q: ActivityQuery): (number | null)[] {
    const start = e.props.startDate as string | undefined;
    if (!start) return [null];
    const a = Number(start.slice(0, 4));
    const b = Math.max(a, Number(((e.props.endDate as string | undefined) ?? start).slice(0, 4)));
    const years: number[] = [];
    for (let y = a; y <= b; y++) {
      if (q.from && y < Number(q.from.slice(0, 4))) continue;
      if (q.to && y > Number(q.to.slice(0, 4))) continue;
      years.push(y);
    }
    return years;
  }

  private regionCodes(actor: string): string[] {
    return (this.regionsOf.get(actor) ?? []).map((r) => this.codeOf.get(r)!);
  }

  /** The ties an event counts through under this query; null: the event counts by itself. */
  private ties(event: string, q: ActivityQuery): Tie[] | null {
    const appearance = ["APPEARANCES", "SPEECHES", "DISTINCT_SPEAKERS"].includes(q.measure);
    if (appearance) {
      return (this.appearances.get(event) ?? []).filter(
        (t) => (q.includeSynthetic || !synthetic(t.props)) && (q.measure === "APPEARANCES" || t.role !== "ATTENDED") && (!q.roles || (q.roles as string[]).includes(t.role)),
      );
    }
    const viaTies = q.measure !== "EVENTS" || q.groupBy.some((d) => d === "ROLE" || d === "REGION" || d === "ACTOR") || q.roles || q.region;
    if (!viaTies) return null;
    return (this.participations.get(event) ?? [])
      .filter((t) => (q.includeSynthetic || !synthetic(t.props)) && (!q.roles || (q.roles as string[]).includes(t.role)))
      .map((t) => ({ actor: this.folded(t.actor, q), role: t.role }))
      .filter((t) => {
        const label = this.labelOf.get(t.actor);
        return (label === "Member" || (q.includeOrganizations && label === "Organization")) && (!q.region || this.regionCodes(t.actor).includes(q.region));
      });
  }

  /** The member an organization takes part as, when the query folds its tie; else the actor itself. */
  private folded(actor: string, q: ActivityQuery): string {
    const tie = this.affiliation.get(actor);
    if (!q.foldMembers || !tie) return actor;
    if (q.foldRoles && !(q.foldRoles as string[]).includes(tie.role)) return actor;
    if (!q.includeSynthetic && synthetic(tie.props)) return actor;
    return tie.member;
  }

  /** Every row of the aggregation, in no particular order. */
  rows(q: ActivityQuery): ExpectedRow[] {
    const by = new Set(q.groupBy);
    const units = new Map<string, Set<string>>();
    for (const e of this.events) {
      if (!q.includeSynthetic && synthetic(e.props)) continue;
      if (!this.inPeriod(e, q)) continue;
      if (q.eventKinds && !(q.eventKinds as string[]).includes(String(e.props.kind))) continue;
      const codes = this.programmeCodes(e.id);
      if (q.programme && ![...codes].some((c) => this.underProgramme(q.programme!, c))) continue;
      const years = by.has("YEAR") ? this.years(e, q) : [null];
      const inScope = [...codes].filter((c) => !q.programme || this.underProgramme(q.programme, c));
      const programmes = by.has("PROGRAMME") && inScope.length > 0 ? inScope : [null];
      const ties = this.ties(e.id, q);
      for (const tie of ties ?? [null]) {
        const regions = by.has("REGION") && tie ? this.regionCodes(tie.actor).filter((r) => !q.region || r === q.region) : [];
        // A participation (appearance) is an actor's role in an event: folded, two organizations of one member in one role are one.
        const unit = q.measure === "EVENTS" ? e.id : q.measure.startsWith("DISTINCT_") ? tie!.actor : `${tie!.actor} ${e.id} ${tie!.role}`;
        for (const year of years) {
          for (const programme of programmes) {
            for (const region of regions.length > 0 ? regions : [null]) {
              const row = {
                year,
                programme,
                region,
                eventKind: by.has("EVENT_KIND") ? ((e.props.kind as string | undefined) ?? null) : null,
                role: by.has("ROLE") ? tie!.role : null,
                actor: by.has("ACTOR") ? tie!.actor : null,
              };
              const key = JSON.stringify(row);
              units.set(key, (units.get(key) ?? new Set()).add(unit));
            }
          }
        }
      }
    }
    return [...units].map(([key, set]) => ({ ...(JSON.parse(key) as Omit<ExpectedRow, "value">), value: set.size }));
  }
}

/** Nulls last, then string (code unit) or number order. */
function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The documented order: the value (unless DIMENSIONS), then the dimensions in groupBy order. */
export function sortRows(rows: ExpectedRow[], groupBy: Dimension[], order: "VALUE_DESC" | "VALUE_ASC" | "DIMENSIONS" = "VALUE_DESC"): ExpectedRow[] {
  const byValue = (a: ExpectedRow, b: ExpectedRow) => (order === "VALUE_DESC" ? b.value - a.value : order === "VALUE_ASC" ? a.value - b.value : 0);
  const field = { YEAR: "year", PROGRAMME: "programme", REGION: "region", EVENT_KIND: "eventKind", ROLE: "role", ACTOR: "actor" } as const;
  return [...rows].sort((a, b) => byValue(a, b) || groupBy.reduce((c, d) => c || compareValues(a[field[d]], b[field[d]]), 0));
}
