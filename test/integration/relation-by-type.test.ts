import { describe, expect, it } from "vitest";
import { REL_TYPE_NAMES, type Direction, type RelType } from "../../src/model/model.relationships.js";
import { RelationRepository, type RelationSpec } from "../../src/relations/relation.repository.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

// A page of one type is read by a single-type statement (cypher/relations/by-type),
// the written statement with the other types' branches taken out. The written
// statement, with every branch, is the reference: both must give the same pages.
describe("single-type relation pages (seed and generated data)", () => {
  const graph = usePreparedGraph();

  it("equal the written statement's pages, for every relationship type from both ends, with filters, offsets and property selections", async () => {
    const { rels } = await graph().records();
    const single = new RelationRepository(graph().db.runner);
    const written = new RelationRepository(graph().db.runner, { byType: false });
    let rows = 0;
    let compared = 0;
    for (const type of REL_TYPE_NAMES) {
      const ofType = rels.filter((r) => r.type === type);
      for (const direction of ["out", "in"] as Direction[]) {
        const count = new Map<string, number>();
        for (const r of ofType) {
          const parent = direction === "out" ? r.from : r.to;
          count.set(parent, (count.get(parent) ?? 0) + 1);
        }
        // The busiest parents, a few quiet ones, and an id no entity has.
        const ranked = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
        const parents = [...new Set([...ranked.slice(0, 6), ...ranked.slice(-4), "member:no-such-member"])];
        const role = ofType.map((r) => r.props.role).find((x): x is string => typeof x === "string") ?? null;
        const specs: RelationSpec[] = [
          spec(direction, [type], {}),
          spec(direction, [type], { role, includeSynthetic: false, nodeProps: ["name"] }),
          spec(direction, [type], { offset: 3, limit: 5, withTotal: false, nodeProps: [], edgeProps: ["from", "role", "sources"] }),
        ];
        for (const s of specs) {
          const expected = await written.pages(parents, s);
          expect(await single.pages(parents, s), `${direction} ${type} ${JSON.stringify(s)}`).toEqual(expected);
          rows += [...expected.values()].reduce((n, p) => n + p.rows.length, 0);
          compared += 1;
        }
      }
    }
    expect(compared).toBe(REL_TYPE_NAMES.length * 2 * 3);
    expect(rows).toBeGreaterThan(1_000);
  });
});

function spec(direction: Direction, types: RelType[], changes: Partial<RelationSpec>): RelationSpec {
  return { direction, types, role: null, includeSynthetic: true, offset: 0, limit: 11, withTotal: true, nodeProps: null, edgeProps: null, ...changes };
}
