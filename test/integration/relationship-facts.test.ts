import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readImportFile, type RelRow } from "../../src/import/import.reader.js";
import { relationFields } from "../../src/model/model.fields.js";
import { labelOfId, type Label } from "../../src/model/model.labels.js";
import { EDGE_FIELD_OF_PROP, EDGE_FIELD_OF_STORED, INTERNAL_REL_PROPS } from "../../src/relations/relation.edge.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import type { App } from "../../src/server.js";
import { RelationshipFactsDocument } from "../generated/graphql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { execute } from "../support/graphql.js";

type Edge = Record<string, unknown> & { type: string; key: string | null; node: { id: string } };
type Connection = { totalCount: number; edges: Edge[] };

const FIELD_OF: Record<string, string> = { ...EDGE_FIELD_OF_PROP, ...EDGE_FIELD_OF_STORED };
/** What an edge field reads when the relationship does not carry the property. */
const ABSENT: Record<string, unknown> = { synthetic: false, uncertain: false, topics: [], alternatives: [] };

/** The value an edge field should return for a stored property, as the record states it. */
function expected(prop: string, value: unknown): unknown {
  if (prop !== "alternatives") return value;
  // Stored as one JSON string; the API gives each alternative with its value as text.
  return (JSON.parse(value as string) as { prop: string; value: unknown; qualifier?: string; scope?: string; sources: string[] }[]).map((a) => ({
    prop: a.prop,
    value: String(a.value),
    qualifier: a.qualifier ?? null,
    scope: a.scope ?? null,
    sources: a.sources,
  }));
}

/**
 * Every relationship of the seed, read back through the API's relation
 * fields: each property the importer stored must come back, with the same
 * value, and a field whose property the relationship lacks must be empty.
 */
describe("every relationship fact of the seed is readable", () => {
  let t: TestApp;
  let app: App;
  const rels: RelRow[] = [];

  beforeAll(async () => {
    // Pages of 100 relationships for 50 entities, every edge field: far over the default cost limit.
    t = await startTestApp({ seed: true, limits: { cost: 50_000_000 } });
    app = t.app;
    for (const path of seedFiles()) rels.push(...(await readImportFile(path)).rels);
  });
  afterAll(() => t.close());

  /** The connections of each entity that starts a seed relationship, by entity id and field name. */
  async function outgoing(): Promise<Map<string, Record<string, Connection>>> {
    const ids = [...new Set(rels.map((r) => r.from))];
    const out = new Map<string, Record<string, Connection>>();
    for (let i = 0; i < ids.length; i += 50) {
      const res = await execute(app, RelationshipFactsDocument, { ids: ids.slice(i, i + 50) });
      expect(res.errors).toBeUndefined();
      for (const node of res.data!.nodes) if (node) out.set(node.id, node as unknown as Record<string, Connection>);
    }
    return out;
  }

  it("every stored property and alternative of every relationship comes back with its value", async () => {
    expect(rels.length).toBeGreaterThan(500);
    const byEntity = await outgoing();
    let checked = 0;
    for (const rel of rels) {
      const label = labelOfId(rel.from) as Label;
      const field = relationFields(label).find((f) => f.direction === "out" && f.types.includes(rel.type));
      const what = `${rel.from} -[${rel.type} ${rel.key}]-> ${rel.to}`;
      const conn = byEntity.get(rel.from)?.[field?.name ?? ""];
      expect(conn, `${what}: no ${label}.${field?.name} in the test's document`).toBeDefined();
      expect(conn!.edges.length, `${what}: the page holds all of them`).toBe(conn!.totalCount);
      const matches = conn!.edges.filter((e) => e.type === rel.type && e.node.id === rel.to && e.key === rel.key);
      expect(matches, what).toHaveLength(1);
      const edge = matches[0]!;
      for (const [prop, value] of Object.entries(rel.props)) {
        const name = FIELD_OF[prop];
        expect(name, `${what}: the stored property ${prop} has no edge field`).toBeDefined();
        expect(edge[name!], `${what}: ${prop}`).toEqual(expected(prop, value));
      }
      // Nothing beyond the record: every other property field is empty.
      for (const [prop, name] of Object.entries(FIELD_OF)) {
        if (!(prop in rel.props)) expect(edge[name], `${what}: ${name} without ${prop}`).toEqual(name in ABSENT ? ABSENT[name] : null);
      }
      checked += 1;
    }
    expect(checked).toBe(rels.length);
  });

  it("the seed's MARKED occasions and details, speech topics, funding amounts and adoption dates are among them", async () => {
    const stated = (prop: string) => rels.filter((r) => prop in r.props).length;
    for (const prop of ["occasion", "detail", "topics", "amount", "date", "alternatives"]) expect(stated(prop), prop).toBeGreaterThan(0);
  });

  it("Neo4j holds no relationship property the edges cannot return", async () => {
    const session = t.db.driver.session({ database: t.db.name });
    try {
      const res = await session.run("MATCH ()-[r]->() UNWIND keys(r) AS k RETURN collect(DISTINCT k) AS keys");
      const keys = res.records[0]!.get("keys") as string[];
      expect(keys.length).toBeGreaterThan(5);
      // The page key is bookkeeping (relation.edge.ts), not a property of the relationship.
      expect(keys.filter((k) => !(k in FIELD_OF) && !(INTERNAL_REL_PROPS as readonly string[]).includes(k))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
