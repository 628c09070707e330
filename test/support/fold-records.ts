import type { NodeRow, RelRow } from "../../src/import/import.reader.js";

/**
 * The answers of the folding analyses computed a second time, in plain
 * TypeScript, from import records (AFFILIATED_WITH ties, PARTICIPATED_IN,
 * IN_REGION, programme links): test/integration/fold.test.ts compares the
 * API's answers with these, folded and not.
 */

export interface Tie {
  organization: string;
  member: string;
  role: string;
  uncertain: boolean;
  uncertainty: string | null;
}

/** The records a fold needs, from some import files. */
export class Records {
  readonly ties = new Map<string, Tie>();
  /** event id -> participant ids. */
  readonly participants = new Map<string, Set<string>>();
  readonly regionOf = new Map<string, string>();
  readonly labelOf = new Map<string, string>();
  readonly programmesOf = new Map<string, Set<string>>();
  readonly parents = new Map<string, string[]>();
  readonly codeOf = new Map<string, string>();

  constructor(nodes: NodeRow[], rels: RelRow[]) {
    for (const n of nodes) {
      this.labelOf.set(n.id, n.label);
      if (n.label === "Programme") this.codeOf.set(n.id, String(n.props.code));
    }
    for (const r of rels) {
      if (r.type === "AFFILIATED_WITH") {
        const uncertainty = typeof r.props.uncertainty === "string" ? r.props.uncertainty : null;
        this.ties.set(r.from, { organization: r.from, member: r.to, role: String(r.props.role), uncertain: r.props.uncertain === true, uncertainty });
      }
      if (r.type === "PARTICIPATED_IN") this.participants.set(r.to, (this.participants.get(r.to) ?? new Set()).add(r.from));
      if (r.type === "IN_REGION") this.regionOf.set(r.from, r.to);
      if (r.type === "ACTIVITY_OF" || r.type === "ADDRESSED") this.programmesOf.set(r.from, (this.programmesOf.get(r.from) ?? new Set()).add(r.to));
      if (r.type === "PART_OF" && r.from.startsWith("programme:")) this.parents.set(r.from, [...(this.parents.get(r.from) ?? []), r.to]);
    }
  }

  /** The tie an actor is folded by, if any (only the given roles when roles are given). */
  tie(actor: string, fold: boolean, roles?: string[]): Tie | undefined {
    const t = fold ? this.ties.get(actor) : undefined;
    return t && (!roles || roles.includes(t.role)) ? t : undefined;
  }

  actor(id: string, fold: boolean, roles?: string[]): string {
    return this.tie(id, fold, roles)?.member ?? id;
  }

  /** Events of a programme code (the programme or its sub-programmes, ACTIVITY_OF or ADDRESSED). */
  eventsOf(code: string): string[] {
    const under = (p: string, seen = new Set<string>()): boolean => {
      if (this.codeOf.get(p) === code) return true;
      if (seen.has(p)) return false;
      seen.add(p);
      return (this.parents.get(p) ?? []).some((q) => under(q, seen));
    };
    return [...this.programmesOf].filter(([, ps]) => [...ps].some((p) => under(p))).map(([e]) => e);
  }
}

const byCountThenId = (x: [string, number], y: [string, number]) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
export const tieOut = (t: Tie) => ({ organization: { id: t.organization }, member: { id: t.member }, role: t.role, uncertain: t.uncertain, uncertainty: t.uncertainty });
export const sortTies = (ts: Iterable<Tie>) => [...ts].sort((x, y) => x.member.localeCompare(y.member) || x.organization.localeCompare(y.organization)).map(tieOut);

/** coParticipants of `id`, computed from the records: ranked partners, their counts and the ties each row used. */
export function coParticipants(rec: Records, id: string, fold: boolean, roles?: string[]) {
  const start = rec.actor(id, fold, roles);
  const rows = new Map<string, { count: number; ties: Map<string, Tie> }>();
  for (const ps of rec.participants.values()) {
    const mine = [...ps].filter((p) => rec.actor(p, fold, roles) === start);
    if (mine.length === 0) continue;
    const partners = new Map<string, string[]>();
    for (const p of ps) {
      const a = rec.actor(p, fold, roles);
      if (a !== start) partners.set(a, [...(partners.get(a) ?? []), p]);
    }
    for (const [partner, through] of partners) {
      const row = rows.get(partner) ?? { count: 0, ties: new Map<string, Tie>() };
      row.count += 1;
      for (const p of [...mine, ...through]) {
        const t = rec.tie(p, fold, roles);
        if (t) row.ties.set(t.organization, t);
      }
      rows.set(partner, row);
    }
  }
  const ranked = [...rows].map(([p, r]): [string, number] => [p, r.count]).sort(byCountThenId);
  return ranked.map(([partner, count]) => ({ partner, count, via: sortTies(rows.get(partner)!.ties.values()) }));
}

/** The member network of a region, computed from the records: edges by weight, and the ties folded into each node. */
export function network(rec: Records, region: string, fold: boolean) {
  const weights = new Map<string, number>();
  const edgeTies = new Map<string, Map<string, Tie>>();
  for (const ps of rec.participants.values()) {
    const actors = new Map<string, Tie[]>();
    for (const p of ps) {
      const a = rec.actor(p, fold);
      if (rec.labelOf.get(a) !== "Member" || rec.regionOf.get(a) !== region) continue;
      const t = rec.tie(p, fold);
      actors.set(a, [...(actors.get(a) ?? []), ...(t ? [t] : [])]);
    }
    const ids = [...actors.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]} ${ids[j]}`;
        weights.set(key, (weights.get(key) ?? 0) + 1);
        const ts = edgeTies.get(key) ?? new Map<string, Tie>();
        for (const t of [...actors.get(ids[i]!)!, ...actors.get(ids[j]!)!]) ts.set(t.organization, t);
        edgeTies.set(key, ts);
      }
    }
  }
  const edges = [...weights]
    .map(([k, weight]) => ({ source: k.split(" ")[0]!, target: k.split(" ")[1]!, weight }))
    .sort((x, y) => y.weight - x.weight || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1));
  const via = new Map<string, Map<string, Tie>>();
  for (const [key, ts] of edgeTies) {
    for (const t of ts.values()) if (key.split(" ").includes(t.member)) via.set(t.member, (via.get(t.member) ?? new Map<string, Tie>()).set(t.organization, t));
  }
  return { edges, via: (id: string) => sortTies(via.get(id)?.values() ?? []) };
}

/** membersInProgrammes(ANY) of one code, computed from the records: member -> events, and per affiliate its events. */
export function membersIn(rec: Records, code: string, fold: boolean) {
  const out = new Map<string, { events: Set<string>; through: Map<string, { tie: Tie; events: Set<string> }> }>();
  for (const e of rec.eventsOf(code)) {
    for (const p of rec.participants.get(e) ?? []) {
      const m = rec.actor(p, fold);
      if (rec.labelOf.get(m) !== "Member") continue;
      const row = out.get(m) ?? { events: new Set<string>(), through: new Map() };
      row.events.add(e);
      const t = rec.tie(p, fold);
      if (t) {
        const via = row.through.get(t.organization) ?? { tie: t, events: new Set<string>() };
        via.events.add(e);
        row.through.set(t.organization, via);
      }
      out.set(m, row);
    }
  }
  return out;
}
