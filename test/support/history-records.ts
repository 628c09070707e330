import type { NodeRow, RelRow } from "../../src/import/import.reader.js";
import { dayInterval } from "./dates.js";

/**
 * Networks over time and provenance computed a second time, in plain
 * TypeScript, from import records: each edge's shared events, their dates,
 * the sources of the participations, the network year by year, two actors'
 * cooperation. test/integration/network-time.test.ts and provenance.test.ts
 * compare the API's answers with these. Dates are compared as the days they
 * name (test/support/dates.ts), not as strings.
 */

export interface Filter {
  region?: string;
  includeSynthetic?: boolean;
  includeOrganizations?: boolean;
  fold?: boolean;
  certainOnly?: boolean;
  /** Only participations one of these sources states; the edge lists only these. */
  sources?: ReadonlySet<string>;
  minWeight?: number;
}

interface Participation {
  from: string;
  event: string;
  role: string;
  sources: string[];
  uncertain: boolean;
  synthetic: boolean;
}

interface EventRecord {
  id: string;
  start?: string;
  end?: string;
  synthetic: boolean;
}

interface TieRecord {
  member: string;
  uncertain: boolean;
  synthetic: boolean;
}

export interface Edge {
  source: string;
  target: string;
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
  weightByYear: { year: number; weight: number }[];
  undatedWeight: number;
  sources: string[];
}

/** The earliest (or latest) of partial dates by the days they name; on a tie, the less precise one. */
function pick(dates: string[], which: "first" | "last"): string | null {
  let best: string | null = null;
  for (const d of dates) {
    if (best === null) {
      best = d;
      continue;
    }
    const a = dayInterval(d)[which];
    const b = dayInterval(best)[which];
    if ((which === "first" ? a < b : a > b) || (a === b && d.length < best.length)) best = d;
  }
  return best;
}

const byWeight = (x: Edge, y: Edge) => y.weight - x.weight || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0);

export class HistoryRecords {
  readonly events = new Map<string, EventRecord>();
  readonly participations: Participation[] = [];
  readonly ties = new Map<string, TieRecord>();
  readonly labelOf = new Map<string, string>();
  readonly regionOf = new Map<string, string>();
  readonly publisherOf = new Map<string, string>();

  constructor(nodes: NodeRow[], rels: RelRow[]) {
    for (const n of nodes) {
      this.labelOf.set(n.id, n.label);
      if (n.label === "Event") {
        const start = typeof n.props.startDate === "string" ? n.props.startDate : undefined;
        const end = typeof n.props.endDate === "string" ? n.props.endDate : undefined;
        this.events.set(n.id, { id: n.id, start, end, synthetic: n.props.synthetic === true });
      }
      if (n.label === "Source") this.publisherOf.set(n.id, String(n.props.publisher));
    }
    for (const r of rels) {
      const synthetic = r.props.synthetic === true;
      if (r.type === "PARTICIPATED_IN") {
        this.participations.push({ from: r.from, event: r.to, role: String(r.props.role), sources: Array.isArray(r.props.sources) ? r.props.sources.map(String) : [], uncertain: r.props.uncertain === true, synthetic });
      }
      if (r.type === "AFFILIATED_WITH") this.ties.set(r.from, { member: r.to, uncertain: r.props.uncertain === true, synthetic });
      if (r.type === "IN_REGION") this.regionOf.set(r.from, r.to);
    }
  }

  /** The sources of these publishers. */
  sourcesOf(publishers: string[]): Set<string> {
    return new Set([...this.publisherOf].filter(([, p]) => publishers.includes(p)).map(([id]) => id));
  }

  /** Who a participant counts as under the filter. */
  actor(id: string, f: Filter): string {
    const tie = f.fold ? this.ties.get(id) : undefined;
    if (!tie || (tie.synthetic && !f.includeSynthetic) || (tie.uncertain && f.certainOnly)) return id;
    return tie.member;
  }

  /** The participations that count under the filter (event and participation: synthetic data, provenance). */
  counted(f: Filter): { p: Participation; event: EventRecord; sources: string[] }[] {
    const out: { p: Participation; event: EventRecord; sources: string[] }[] = [];
    for (const p of this.participations) {
      const event = this.events.get(p.event)!;
      if (!f.includeSynthetic && (event.synthetic || p.synthetic)) continue;
      if (f.certainOnly && p.uncertain) continue;
      const sources = f.sources ? p.sources.filter((s) => f.sources!.has(s)) : p.sources;
      if (f.sources && sources.length === 0) continue;
      out.push({ p, event, sources });
    }
    return out;
  }

  /** Per event: each actor of the network present, with the sources of its counted participations there. */
  present(f: Filter): Map<string, Map<string, Set<string>>> {
    const byEvent = new Map<string, Map<string, Set<string>>>();
    for (const { p, sources } of this.counted(f)) {
      const a = this.actor(p.from, f);
      const label = this.labelOf.get(a);
      if (!(label === "Member" || (f.includeOrganizations && label === "Organization"))) continue;
      if (f.region && this.regionOf.get(a) !== f.region) continue;
      const actors = byEvent.get(p.event) ?? new Map<string, Set<string>>();
      const said = actors.get(a) ?? new Set<string>();
      for (const s of sources) said.add(s);
      actors.set(a, said);
      byEvent.set(p.event, actors);
    }
    return byEvent;
  }

  /** The whole network, edges by weight (then source, then target), each with its time and sources. */
  network(f: Filter): Edge[] {
    const pairs = new Map<string, { events: EventRecord[]; sources: Set<string> }>();
    for (const [eventId, actors] of this.present(f)) {
      const ids = [...actors.keys()].sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]} ${ids[j]}`;
          const pair = pairs.get(key) ?? { events: [], sources: new Set<string>() };
          pair.events.push(this.events.get(eventId)!);
          for (const s of [...actors.get(ids[i]!)!, ...actors.get(ids[j]!)!]) pair.sources.add(s);
          pairs.set(key, pair);
        }
      }
    }
    const edges: Edge[] = [];
    for (const [key, pair] of pairs) {
      if (pair.events.length < (f.minWeight ?? 1)) continue;
      const [source, target] = key.split(" ") as [string, string];
      edges.push({ source, target, ...history(pair.events), sources: [...pair.sources].sort() });
    }
    return edges.sort(byWeight);
  }

  /** The network year by year (events by start year, undated left out; minWeight per year). */
  evolution(f: Filter) {
    const byYear = new Map<number, Map<string, number>>();
    for (const [eventId, actors] of this.present(f)) {
      const start = this.events.get(eventId)!.start;
      if (!start) continue;
      const year = Number(start.slice(0, 4));
      const weights = byYear.get(year) ?? new Map<string, number>();
      const ids = [...actors.keys()].sort();
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) weights.set(`${ids[i]} ${ids[j]}`, (weights.get(`${ids[i]} ${ids[j]}`) ?? 0) + 1);
      byYear.set(year, weights);
    }
    const edgesOf = new Map<number, Set<string>>();
    for (const [year, weights] of byYear) {
      const kept = [...weights].filter(([, w]) => w >= (f.minWeight ?? 1)).map(([k]) => k);
      if (kept.length > 0) edgesOf.set(year, new Set(kept));
    }
    if (edgesOf.size === 0) return [];
    const first = Math.min(...edgesOf.keys());
    const last = Math.max(...edgesOf.keys());
    const seen = new Set<string>();
    const out = [];
    for (let year = first; year <= last; year++) {
      const edges = edgesOf.get(year) ?? new Set<string>();
      const before = edgesOf.get(year - 1) ?? new Set<string>();
      const nodes = new Set([...edges].flatMap((k) => k.split(" "))).size;
      out.push({
        year,
        nodes,
        edges: edges.size,
        density: nodes < 2 ? 0 : edges.size / ((nodes * (nodes - 1)) / 2),
        newEdges: [...edges].filter((k) => !seen.has(k)).length,
        lostEdges: [...before].filter((k) => !edges.has(k)).length,
      });
      for (const k of edges) seen.add(k);
    }
    return out;
  }

  /** Two actors' shared events (oldest first, undated last, ties by id) with each side's counted participations. */
  cooperation(a: string, b: string, f: Filter) {
    const sides = [this.actor(a, f), this.actor(b, f)];
    const byEvent = new Map<string, { side: number; participantId: string; role: string; uncertain: boolean; sources: string[] }[]>();
    for (const { p, sources } of this.counted(f)) {
      const side = sides.indexOf(this.actor(p.from, f));
      if (side < 0) continue;
      byEvent.set(p.event, [...(byEvent.get(p.event) ?? []), { side, participantId: p.from, role: p.role, uncertain: p.uncertain, sources: [...sources].sort() }]);
    }
    const shared = [...byEvent]
      .filter(([, ps]) => ps.some((p) => p.side === 0) && ps.some((p) => p.side === 1))
      .map(([id]) => this.events.get(id)!)
      .sort((x, y) => {
        if (!x.start || !y.start) return x.start ? -1 : y.start ? 1 : x.id < y.id ? -1 : 1;
        return x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : 1;
      });
    const sources = new Set(shared.flatMap((e) => byEvent.get(e.id)!.flatMap((p) => p.sources)));
    return {
      actorIds: sides,
      ...history(shared),
      sources: [...sources].sort(),
      events: shared.map((e) => ({
        id: e.id,
        participations: byEvent
          .get(e.id)!
          .sort((x, y) => x.side - y.side || x.participantId.localeCompare(y.participantId) || x.role.localeCompare(y.role))
          .map((p) => ({ actorId: sides[p.side]!, participantId: p.participantId, role: p.role, uncertain: p.uncertain, sources: p.sources })),
      })),
    };
  }
}

/** Weight, first and last date, weight per start year and undated weight of some events. */
function history(events: EventRecord[]) {
  const dated = events.filter((e) => e.start);
  const years = new Map<number, number>();
  for (const e of dated) years.set(Number(e.start!.slice(0, 4)), (years.get(Number(e.start!.slice(0, 4))) ?? 0) + 1);
  return {
    weight: events.length,
    firstDate: pick(dated.map((e) => e.start!), "first"),
    lastDate: pick(dated.map((e) => e.end ?? e.start!), "last"),
    weightByYear: [...years].sort(([x], [y]) => x - y).map(([year, weight]) => ({ year, weight })),
    undatedWeight: events.length - dated.length,
  };
}
