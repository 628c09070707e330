import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, getNamedType, isObjectType, isScalarType, isEnumType, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { readImportFile, type RelRow } from "../../src/import/import.reader.js";
import { RELATION_FIELDS, type AnyRelationField } from "../../src/model/model.fields.js";
import { LABELS, labelOfId, type Label } from "../../src/model/model.labels.js";
import { toEdge } from "../../src/relations/relation.edge.js";
import { RelationRepository } from "../../src/relations/relation.repository.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { executeText } from "../support/graphql.js";

type Node = Record<string, unknown> & { id: string };

const schema = buildSchema(readFileSync(join(projectRoot(), "schema", "schema.graphql"), "utf8"));

/** Every field of a type that takes no argument, object fields with every field of theirs: the whole entity as the API shows it. */
function allFields(type: GraphQLObjectType, depth = 0): string {
  // Entity fields are aliased by type: two types may give one name different types (kind: String!, String).
  const alias = (name: string) => (depth === 0 ? `${type.name}_${name}: ${name}` : name);
  const parts = Object.values(type.getFields())
    .filter((f) => f.args.length === 0)
    .flatMap((f) => {
      const named = getNamedType(f.type);
      if (isScalarType(named) || isEnumType(named)) return [alias(f.name)];
      if (isObjectType(named) && depth < 3) return [`${alias(f.name)} { ${allFields(named, depth + 1)} }`];
      return [];
    });
  return parts.join(" ");
}

/** Inline fragments for every entity type. */
const EVERY_FIELD = LABELS.map((l) => `... on ${l} { ${allFields(schema.getType(l) as GraphQLObjectType)} }`).join(" ");
/** A few fields, as a dashboard asks: what the relation page then reads only. */
const FEW_FIELDS = "... on Member { name iso3 } ... on Event { title startDate outcomes } ... on Organization { acronym } ... on Region { code }";

/**
 * A relation page reads only the properties its selection needs of the
 * entities at the other end (relation.selection.ts). Checked here the second
 * way: every entity reached through every relation field of the seed, with
 * every field selected and with a few, must equal the same entity read by id
 * (the entity loader, which reads every property).
 */
describe("entities read through relation pages are whole", () => {
  let t: TestApp;
  const rels: RelRow[] = [];

  beforeAll(async () => {
    t = await startTestApp({ seed: true, limits: { cost: 50_000_000, depth: 20, tokens: 100_000, aliases: 10_000 } });
    for (const path of seedFiles()) rels.push(...(await readImportFile(path)).rels);
  });
  afterAll(() => t.close());

  /** Up to three entities that have relationships for the field, from the seed records. */
  function parentsOf(label: Label, field: AnyRelationField): string[] {
    const ends = rels.filter((r) => field.types.includes(r.type as never)).map((r) => (field.direction === "out" ? r.from : r.to));
    return [...new Set(ends.filter((id) => labelOfId(id) === label))].slice(0, 3);
  }

  async function byId(ids: string[], selection: string): Promise<Map<string, Node>> {
    const found = new Map<string, Node>();
    for (let i = 0; i < ids.length; i += 100) {
      // Built from the schema to cover every field: a probe, not an operation of test/operations.
      const res = await executeText(t.app, `query ($ids: [ID!]!) { nodes(ids: $ids) { id ${selection} } }`, { ids: ids.slice(i, i + 100) });
      expect(res.errors).toBeUndefined();
      for (const n of res.data!.nodes as Node[]) found.set(n.id, n);
    }
    return found;
  }

  async function throughField(label: Label, field: AnyRelationField, ids: string[], selection: string): Promise<Node[]> {
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on ${label} { ${field.name}(first: 100, includeSynthetic: true) { edges { node { id ${selection} } } } } } }`;
    const res = await executeText(t.app, query, { ids });
    expect(res.errors).toBeUndefined();
    return (res.data!.nodes as Record<string, { edges: { node: Node }[] }>[]).flatMap((n) => n[field.name]?.edges.map((e) => e.node) ?? []);
  }

  const cases = LABELS.flatMap((label) => (RELATION_FIELDS[label] as readonly AnyRelationField[]).map((field) => [label, field] as const));

  it.each(cases.map(([label, field]) => [`${label}.${field.name}`, label, field] as const))("%s: every field, and a few, as read by id", async (_name, label, field) => {
    const ids = parentsOf(label, field);
    if (ids.length === 0) return;
    for (const selection of [EVERY_FIELD, FEW_FIELDS]) {
      const reached = await throughField(label, field, ids, selection);
      expect(reached.length).toBeGreaterThan(0);
      const reference = await byId([...new Set(reached.map((n) => n.id))], selection);
      for (const node of reached) expect(node).toEqual(reference.get(node.id));
    }
  });

  /** The edge fields read from the relationship's stored properties: every field of RelationshipEdge but its cursor, type, node and sources (a resolver over sourceIds). */
  const EDGE_FIELDS = Object.values((schema.getType("RelationshipEdge") as GraphQLObjectType).getFields())
    .map((f) => f.name)
    .filter((name) => !["cursor", "type", "node", "sources"].includes(name));

  /**
   * A page reads only the relationship properties its edge selection needs
   * (selectedEdgeProps). Checked the second way: each edge field selected
   * alone must show what the same page read with every property shows.
   */
  it.each(cases.map(([label, field]) => [`${label}.${field.name}`, label, field] as const))("%s: each edge field alone, as read with every property", async (_name, label, field) => {
    const ids = parentsOf(label, field);
    if (ids.length === 0) return;
    const pages = await new RelationRepository(t.db.runner).pages(ids, { direction: field.direction, types: field.types, role: null, includeSynthetic: true, offset: 0, limit: 100, withTotal: false, nodeProps: [], edgeProps: null });
    const whole = new Map(ids.map((id) => [id, (pages.get(id)?.rows ?? []).map((r) => JSON.parse(JSON.stringify(toEdge(r, "", 0))) as Record<string, unknown>)]));
    expect([...whole.values()].flat().length).toBeGreaterThan(0);
    const alternatives = "alternatives { prop value qualifier scope sources }";
    for (const edgeField of EDGE_FIELDS) {
      const selected = edgeField === "alternatives" ? alternatives : edgeField;
      const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on ${label} { ${field.name}(first: 100, includeSynthetic: true) { edges { ${selected} node { id } } } } } }`;
      const res = await executeText(t.app, query, { ids });
      expect(res.errors).toBeUndefined();
      for (const n of res.data!.nodes as (Record<string, { edges: Record<string, unknown>[] }> & { id: string })[]) {
        const shown = n[field.name]!.edges.map((e) => e[edgeField]);
        expect(shown, `${n.id} ${field.name} ${edgeField}`).toEqual(whole.get(n.id)!.map((e) => e[edgeField]));
      }
    }
  });

  it("Member.region shows the region's fields as read by id", async () => {
    const members = [...new Set(rels.filter((r) => r.type === "IN_REGION").map((r) => r.from))].slice(0, 20);
    const selection = allFields(schema.getType("Region") as GraphQLObjectType);
    const res = await executeText(t.app, `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Member { region { id ${selection} } } } }`, { ids: members });
    expect(res.errors).toBeUndefined();
    const regions = (res.data!.nodes as { region: Node | null }[]).map((n) => n.region).filter((r): r is Node => r !== null);
    expect(regions.length).toBe(members.length);
    const reference = await byId([...new Set(regions.map((r) => r.id))], `... on Region { id ${selection} }`);
    for (const region of regions) expect(region).toEqual(reference.get(region.id));
  });
});
