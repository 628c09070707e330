import type { NetworkYearValue, YearWeightValue } from "./analysis.model.js";

/**
 * Networks over time, the pure part: what the statements return (per-year
 * counts, a last end date in the period's "+ ~" form, lists of source lists)
 * turned into the answer's values. An event counts in the year it starts; an
 * undated event has no year.
 */

/** The last day's bound the statements compute (a date + "~", see src/graphql/period.ts) back as the date; null stays null. */
export function lastDate(lastEnd: string | null): string | null {
  return lastEnd === null ? null : lastEnd.endsWith("~") ? lastEnd.slice(0, -1) : lastEnd;
}

/** Per-year weights (a null year: undated events) as the dated years in order and the undated weight. */
export function splitYears(rows: readonly { year: number | null; weight: number }[]): { weightByYear: YearWeightValue[]; undatedWeight: number } {
  const byYear = new Map<number, number>();
  let undatedWeight = 0;
  for (const { year, weight } of rows) {
    if (year === null) undatedWeight += weight;
    else byYear.set(year, (byYear.get(year) ?? 0) + weight);
  }
  return { weightByYear: [...byYear].sort(([a], [b]) => a - b).map(([year, weight]) => ({ year, weight })), undatedWeight };
}

/** One start year per shared event (undated ones left out) as weights per year, in order. */
export function countYears(years: readonly number[]): YearWeightValue[] {
  return splitYears(years.map((year) => ({ year, weight: 1 }))).weightByYear;
}

/** Nested lists of source ids as one list, each id once, in id order. */
export function distinctIds(lists: unknown): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) walk(v);
    else if (typeof value === "string") ids.add(value);
  };
  walk(lists);
  return [...ids].sort();
}

/** Edges over possible edges of an undirected simple graph: 2E / (N (N - 1)); 0 with fewer than two nodes. */
export function density(nodes: number, edges: number): number {
  return nodes < 2 ? 0 : (2 * edges) / (nodes * (nodes - 1));
}

/** A year as network-evolution.cypher returns it: only years with an edge. */
export interface EvolutionRow {
  year: number;
  nodes: number;
  edges: number;
  newEdges: number;
  /** Edges of this year that are no edge of the next. */
  goneNextYear: number;
}

/**
 * Every year from the first to the last with an edge (a year between without
 * one has no nodes and no edges), with its density and its lost edges: those
 * of the year before that are no edge of this year.
 */
export function evolution(rows: readonly EvolutionRow[]): NetworkYearValue[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const years = rows.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: NetworkYearValue[] = [];
  for (let year = first; year <= last; year++) {
    const row = byYear.get(year);
    const before = byYear.get(year - 1);
    const nodes = row?.nodes ?? 0;
    const edges = row?.edges ?? 0;
    out.push({ year, nodes, edges, density: density(nodes, edges), newEdges: row?.newEdges ?? 0, lostEdges: before?.goneNextYear ?? 0 });
  }
  return out;
}
