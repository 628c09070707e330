import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { selectedEdgeProps, selectedNodeProps } from "../../src/relations/relation.selection.js";

/** The resolve info of the operation's first field, as far as the selection walk reads it. */
function infoOf(document: string): GraphQLResolveInfo {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

const page = (nodeSelection: string, extra = "") => infoOf(`{ participations(first: 10) { totalCount edges { role node { ${nodeSelection} } } } } ${extra}`);

describe("the properties a relation page reads of the other ends", () => {
  it("reads the stored properties the selection names, through inline fragments and aliases, sorted and once", () => {
    expect(selectedNodeProps(page("id __typename ... on Event { title t: title startDate } ... on Member { name }"), ["edges", "node"])).toEqual(["name", "startDate", "title"]);
  });

  it("reads nothing for the id and for relation fields, which have their own pages", () => {
    expect(selectedNodeProps(page("id ... on Member { region { name } participations(first: 2) { edges { node { id } } } }"), ["edges", "node"])).toEqual([]);
  });

  it("follows named fragments, and maps sourceIds to the sources it shows", () => {
    expect(selectedNodeProps(page("...E", "fragment E on Event { sourceIds sources { title } city }"), ["edges", "node"])).toEqual(["city", "sources"]);
  });

  it("reads every property for a field computed from several (Event.counts) or unknown to the model", () => {
    expect(selectedNodeProps(page("... on Event { title counts { name value } }"), ["edges", "node"])).toBeNull();
    expect(selectedNodeProps(page("... on Event { title somethingComputed }"), ["edges", "node"])).toBeNull();
  });

  it("reads a one-to-one link's fields at the field itself", () => {
    expect(selectedNodeProps(infoOf("{ region { id code name } }"), [])).toEqual(["code", "name"]);
  });
});

const edges = (edgeSelection: string, extra = "") => infoOf(`{ participations(first: 10) { totalCount edges { ${edgeSelection} } } } ${extra}`);

describe("the properties a relation page reads of the relationships", () => {
  it("reads the stored property behind each selected edge field, named otherwise or not, sorted and once", () => {
    expect(selectedEdgeProps(edges("role since until r: role node { id name }"), ["edges"])).toEqual(["from", "role", "to"]);
    expect(selectedEdgeProps(edges("key sourceIds alternatives { prop } uncertain uncertainty note synthetic"), ["edges"])).toEqual(["alternatives", "key", "note", "sources", "synthetic", "uncertain", "uncertainty"]);
  });

  it("reads nothing for the cursor, the type and the node, and the sources property for the sources resolver", () => {
    expect(selectedEdgeProps(edges("cursor type __typename node { id }"), ["edges"])).toEqual([]);
    expect(selectedEdgeProps(edges("...F", "fragment F on RelationshipEdge { sources { id title } }"), ["edges"])).toEqual(["sources"]);
  });

  it("reads every property for a field it does not know", () => {
    expect(selectedEdgeProps(edges("role somethingComputed"), ["edges"])).toBeNull();
  });
});
