import { beforeAll, describe, expect, it } from "vitest";
import type { RelRow } from "../../src/import/import.reader.js";
import { NeighbourhoodDocument, type RelationshipType } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/**
 * neighbourhood held to the same rules worked out here over the relationships of
 * the files the prepared graph was imported from: level k holds the `limit`
 * smallest ids among the neighbours of level k-1 not in an earlier level, through
 * allowed relationships (either direction), and the relationships are every
 * allowed one among the answer's nodes.
 */
interface Filter {
  depth: number;
  limitPerLevel: number;
  types: RelationshipType[] | null;
  includeSynthetic: boolean;
}

const allowed = (r: RelRow, f: Filter) => (f.types === null || f.types.includes(r.type as RelationshipType)) && (f.includeSynthetic || r.props.synthetic !== true);

describe("neighbourhood against levels worked out from the imported files", () => {
  const graph = usePreparedGraph();
  let rels: RelRow[] = [];
  let adjacent = new Map<string, RelRow[]>();

  beforeAll(async () => {
    // A relationship is one per type, ends and key, however many files state it.
    const byKey = new Map<string, RelRow>();
    for (const r of (await graph().records()).rels) byKey.set(`${r.type}|${r.from}|${r.to}|${r.key}`, r);
    rels = [...byKey.values()];
    adjacent = new Map();
    for (const r of rels) for (const end of [r.from, r.to]) adjacent.set(end, [...(adjacent.get(end) ?? []), r]);
  });

  function levels(centre: string, f: Filter): string[][] {
    const out = [[centre]];
    const seen = new Set([centre]);
    for (let level = 1; level <= f.depth; level++) {
      const next = new Set<string>();
      for (const id of out[level - 1]!) {
        for (const r of adjacent.get(id) ?? []) {
          const other = r.from === id ? r.to : r.from;
          if (allowed(r, f) && !seen.has(other)) next.add(other);
        }
      }
      const kept = [...next].sort().slice(0, f.limitPerLevel);
      for (const id of kept) seen.add(id);
      out.push(kept);
    }
    return out;
  }

  it("has the levels and the relationships among them that the rules give", async () => {
    const busiest = [...adjacent.entries()].filter(([id]) => id.startsWith("member:")).sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]![0];
    const cases: (Filter & { id: string })[] = [
      { id: busiest, depth: 2, limitPerLevel: 25, types: null, includeSynthetic: true },
      { id: busiest, depth: 3, limitPerLevel: 10, types: null, includeSynthetic: false },
      { id: "organization:wco", depth: 3, limitPerLevel: 40, types: null, includeSynthetic: true },
      { id: "organization:wco", depth: 2, limitPerLevel: 30, types: ["PARTICIPATED_IN", "SPOKE_AT"], includeSynthetic: true },
      { id: "event:2019-05-28-wco-asia-pacific-security-conference", depth: 3, limitPerLevel: 100, types: null, includeSynthetic: false },
      { id: "member:jpn", depth: 2, limitPerLevel: 5, types: ["IN_REGION", "PARTICIPATED_IN"], includeSynthetic: true },
    ];
    for (const c of cases) {
      const { id, ...f } = c;
      const expected = levels(id, f);
      const res = await execute(graph().app, NeighbourhoodDocument, { id, ...f });
      expect(res.errors, JSON.stringify(c)).toBeUndefined();
      const got = res.data!.neighbourhood;
      const byLevel = expected.map((_, l) => got.nodes.filter((n) => n.level === l).map((n) => n.entityId).sort());
      expect(byLevel, JSON.stringify(c)).toEqual(expected);
      const members = new Set(expected.flat());
      const among = rels.filter((r) => allowed(r, f) && members.has(r.from) && members.has(r.to)).map((r) => `${r.type} ${r.from} ${r.to}`);
      expect(got.relationships.map((r) => `${r.type} ${r.from} ${r.to}`).sort(), JSON.stringify(c)).toEqual(among.sort());
      // The cases are not trivial: a full level and relationships beyond the centre's own.
      expect(expected.some((l) => l.length === f.limitPerLevel), JSON.stringify(c)).toBe(true);
      expect(among.length, JSON.stringify(c)).toBeGreaterThan(expected[1]!.length);
    }
  });
});
