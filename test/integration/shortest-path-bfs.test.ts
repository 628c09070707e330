import { beforeAll, describe, expect, it } from "vitest";
import { readCypherFile } from "../../src/db/cypher.registry.js";
import type { RelRow } from "../../src/import/import.reader.js";
import { ShortestPathDocument, type RelationshipType } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/**
 * shortestPath held to a breadth-first search written here, over the relationships
 * of the files the prepared graph was imported from (seed and generated data): the
 * length must be the search's distance, every step a relationship of the files of an
 * allowed type that joins the path's consecutive entities, and "no path" exactly when
 * the search finds none within maxHops. Shortest paths tie, so the path itself is
 * checked for validity, not compared.
 */
interface Filter {
  maxHops: number;
  types: RelationshipType[] | null;
  includeSynthetic: boolean;
}

interface Case extends Filter {
  from: string;
  to: string;
  /** The search's distance; null: no path within maxHops. */
  distance: number | null;
}

const allowed = (r: RelRow, f: Filter) => (f.types === null || f.types.includes(r.type as RelationshipType)) && (f.includeSynthetic || r.props.synthetic !== true);

/** Hops from `from` to `to` through the relationships the filter allows, either direction; null beyond maxHops. */
function distance(adjacent: Map<string, RelRow[]>, from: string, to: string, f: Filter): number | null {
  let frontier = [from];
  const seen = new Set(frontier);
  for (let hops = 1; hops <= f.maxHops && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of adjacent.get(id) ?? []) {
        if (!allowed(r, f)) continue;
        const other = r.from === id ? r.to : r.from;
        if (other === to) return hops;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return null;
}

/** A small deterministic generator (the cases are the same at every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe("shortestPath against a breadth-first search (seed and generated data)", () => {
  const graph = usePreparedGraph();
  let rels: RelRow[] = [];
  let adjacent = new Map<string, RelRow[]>();

  beforeAll(async () => {
    rels = (await graph().records()).rels;
    adjacent = new Map();
    for (const r of rels) {
      for (const end of [r.from, r.to]) adjacent.set(end, [...(adjacent.get(end) ?? []), r]);
    }
  });

  /** The cases: random pairs, pairs of real (seed) entities, type filters, each case with maxHops 6, the distance and one hop short. */
  function cases(): Case[] {
    const next = random(7);
    const ids = [...adjacent.keys()].sort();
    const seedIds = ids.filter((id) => (adjacent.get(id) ?? []).some((r) => r.props.synthetic !== true));
    const pick = <T>(from: T[]): T => from[Math.floor(next() * from.length)]!;
    const filters: Omit<Filter, "maxHops">[] = [
      { types: null, includeSynthetic: true },
      { types: null, includeSynthetic: false },
      { types: ["SPOKE_AT", "HOLDS_OFFICE"], includeSynthetic: true },
      { types: ["IN_REGION", "PARTICIPATED_IN", "HOLDS_OFFICE"], includeSynthetic: false },
    ];
    const out: Case[] = [];
    for (let i = 0; i < 96; i++) {
      const f = filters[i % filters.length]!;
      const pool = f.includeSynthetic ? ids : seedIds;
      // One pair in three is the two ends of an allowed relationship, which random pairs seldom are.
      const rel = i % 3 === 2 ? pick(rels.filter((r) => allowed(r, { ...f, maxHops: 6 }))) : null;
      const from = rel?.from ?? pick(pool);
      const to = rel?.to ?? pick(pool);
      if (from === to) continue;
      const d = distance(adjacent, from, to, { ...f, maxHops: 6 });
      out.push({ from, to, ...f, maxHops: 6, distance: d });
      if (d !== null && d > 1) out.push({ from, to, ...f, maxHops: d - 1, distance: null });
      if (d !== null && d < 6) out.push({ from, to, ...f, maxHops: d, distance: d });
    }
    return out;
  }

  it("gives the search's distance, a real path of allowed relationships, or null when there is none within maxHops", async () => {
    const all = cases();
    // The cases reach what they are meant to: several distances, answers of null, and filters that change answers.
    const distances = new Set(all.map((c) => c.distance));
    for (const d of [1, 2, 3, 4, null]) expect(distances).toContain(d);
    expect(new Set(all.map((c) => c.maxHops)).size).toBeGreaterThanOrEqual(5);
    const unfiltered = (c: Case) => distance(adjacent, c.from, c.to, { maxHops: 6, types: null, includeSynthetic: true });
    expect(all.some((c) => !c.includeSynthetic && c.types === null && c.maxHops === 6 && c.distance !== unfiltered(c))).toBe(true);
    expect(all.some((c) => c.types !== null && c.includeSynthetic && c.maxHops === 6 && c.distance !== unfiltered(c))).toBe(true);

    for (const c of all) {
      const res = await execute(graph().app, ShortestPathDocument, { from: c.from, to: c.to, maxHops: c.maxHops, types: c.types, includeSynthetic: c.includeSynthetic });
      expect(res.errors, JSON.stringify(c)).toBeUndefined();
      const path = res.data!.shortestPath;
      if (c.distance === null) {
        expect(path, JSON.stringify(c)).toBeNull();
        continue;
      }
      expect(path?.length, JSON.stringify(c)).toBe(c.distance);
      const nodes = path!.nodes.map((n) => n.id);
      expect(nodes[0]).toBe(c.from);
      expect(nodes.at(-1)).toBe(c.to);
      expect(new Set(nodes).size).toBe(nodes.length);
      expect(path!.steps).toHaveLength(c.distance);
      path!.steps.forEach((step, i) => {
        expect([step.from, step.to].sort(), JSON.stringify(c)).toEqual([nodes[i], nodes[i + 1]].sort());
        const real = rels.some((r) => r.type === step.type && r.from === step.from && r.to === step.to && allowed(r, c));
        expect(real, `${JSON.stringify(step)} in ${JSON.stringify(c)}`).toBe(true);
      });
    }
  });

  it("is planned as the bidirectional ShortestPath search, with no exhaustive fallback", async () => {
    const { db } = graph();
    const { summary } = await db.driver.executeQuery(`EXPLAIN ${readCypherFile("analysis/shortest-path")}`, {}, { database: db.name });
    const operators: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      operators.push(p.operatorType.split("@")[0]!);
      for (const c of p.children) walk(c as typeof p);
    };
    walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    // One ShortestPath per bound (1 to 6), and nothing that enumerates paths.
    expect(operators.filter((o) => o === "ShortestPath")).toHaveLength(6);
    expect(operators.filter((o) => /StatefulShortestPath|VarLengthExpand|AntiConditionalApply/.test(o))).toEqual([]);
  });
});
