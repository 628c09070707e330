import { getNamedType, GraphQLEnumType, GraphQLObjectType, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { ROLE_VOCABULARIES } from "../../src/model/model.enums.js";
import { relationFields, roleValues } from "../../src/model/model.fields.js";
import { LABELS, NODE_PROPS } from "../../src/model/model.labels.js";
import { REL_TYPE_NAMES, REL_TYPES } from "../../src/model/model.relationships.js";
import { EDGE_FIELD_OF_PROP, EDGE_FIELD_OF_STORED, toEdge } from "../../src/relations/relation.edge.js";
import { toEntity } from "../../src/entity/entity.model.js";
import type { Services } from "../../src/services.js";

// A property the model lets a relationship carry, but no edge field returns,
// is a fact the graph holds and hides; a role filter that takes any string
// matches nothing on a typo. Both are checked here against the built schema.
describe("relationship edges and relation fields in the schema", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    // Building the schema calls no resolver, so no services are needed (as in print-schema.ts).
    schema = await buildGraphQLSchema(new Proxy({}, { get: () => ({}) }) as Services);
  });
  const objectType = (name: string) => schema.getType(name) as GraphQLObjectType;

  const props = REL_TYPE_NAMES.flatMap((type) => Object.keys(REL_TYPES[type].props.shape).map((prop) => ({ type, prop })));

  it.each(props)("$type.$prop is returned by a RelationshipEdge field", ({ prop }) => {
    const field = (EDGE_FIELD_OF_PROP as Record<string, string>)[prop];
    expect(field, `no edge field for the property ${prop}: add it to EDGE_FIELD_OF_PROP and RelationshipEdge`).toBeDefined();
    expect(Object.keys(objectType("RelationshipEdge").getFields())).toContain(field);
  });

  it("what the importer stores beside the properties (key, sources, alternatives) has its field too", () => {
    const fields = Object.keys(objectType("RelationshipEdge").getFields());
    for (const field of Object.values(EDGE_FIELD_OF_STORED)) expect(fields).toContain(field);
  });

  it("an edge answers every RelationshipEdge field (but sources, resolved apart) from its relationship, absent properties empty", () => {
    const node = toEntity({ id: "event:x", labels: ["Entity", "Event"], props: { id: "event:x", title: "X" } });
    const alternatives = [{ prop: "role", value: "HOST", sources: ["source:b"] }];
    const stored = { role: "HOST", from: "2020-05", key: "k1", sources: ["source:a"], alternatives: JSON.stringify(alternatives), note: "n" };
    const edge = toEdge({ type: "PARTICIPATED_IN", props: stored, node }, "rel:out:PARTICIPATED_IN", 7) as unknown as Record<string, unknown>;
    const expected: Record<string, unknown> = {
      cursor: Buffer.from(JSON.stringify(["rel:out:PARTICIPATED_IN", 7])).toString("base64url"),
      type: "PARTICIPATED_IN", node, key: "k1", role: "HOST", since: "2020-05", until: null, note: "n", sourceIds: ["source:a"],
      alternatives: [{ prop: "role", value: "HOST", qualifier: null, scope: null, sources: ["source:b"] }],
      synthetic: false, uncertain: false, uncertainty: null, title: null, date: null, monthDay: null, amount: null, topics: [], occasion: null, detail: null,
    };
    const fields = Object.keys(objectType("RelationshipEdge").getFields()).filter((f) => f !== "sources");
    expect(fields.sort()).toEqual(Object.keys(expected).sort());
    for (const field of fields) expect(edge[field], field).toEqual(expected[field]);
    expect(JSON.parse(JSON.stringify(edge))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("an edge's role is an enum of every role of every vocabulary", () => {
    const role = getNamedType(objectType("RelationshipEdge").getFields().role!.type) as GraphQLEnumType;
    const all = new Set(REL_TYPE_NAMES.flatMap((t) => roleValues(t) ?? []));
    expect(role.getValues().map((v) => v.value).sort()).toEqual([...all].sort());
  });

  const fields = LABELS.flatMap((label) => relationFields(label).map((field) => ({ label, field })));

  it.each(fields.map(({ label, field }) => ({ label, name: field.name, field })))("$label.$name filters by the roles of its relationships, or not at all", ({ label, field }) => {
    const arg = objectType(label).getFields()[field.name]!.args.find((a) => a.name === "role");
    const roles = [...new Set(field.types.flatMap((t) => roleValues(t) ?? []))].sort();
    if (roles.length === 0) return expect(arg, "a role filter on relationships that carry no role").toBeUndefined();
    const type = getNamedType(arg!.type) as GraphQLEnumType;
    expect(type).toBeInstanceOf(GraphQLEnumType);
    expect(type.getValues().map((v) => v.value).sort()).toEqual(roles);
    expect(Object.keys(ROLE_VOCABULARIES)).toContain(type.name);
  });

  const singles = fields.filter(({ field }) => field.single).map(({ label, field }) => ({ label, name: field.single!.name, target: field.single!.label, field }));

  it("Member.region and Programme.parent are plain fields beside their connections", () => {
    expect(singles.map((s) => `${s.label}.${s.name}: ${s.target}`)).toEqual(expect.arrayContaining(["Member.region: Region", "Programme.parent: Programme"]));
  });

  it.each(singles)("$label.$name returns a $target, one that its relationship types can reach", ({ label, name, target, field }) => {
    const type = objectType(label).getFields()[name]!.type;
    expect(type.toString()).toBe(target);
    const ends = field.types.flatMap((t) => (field.direction === "out" ? REL_TYPES[t].to : REL_TYPES[t].from) as readonly string[]);
    expect(ends).toContain(target);
    // The plain field must not shadow a property or another relation field of the label.
    expect(relationFields(label).map((f) => f.name)).not.toContain(name);
    expect(Object.keys(NODE_PROPS[label].shape)).not.toContain(name);
  });
});
