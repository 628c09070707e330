import { buildSchema, parse, type OperationDefinitionNode } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { describe, expect, it } from "vitest";
import { limitMessage } from "../../src/errors/errors.js";
import { pageWeightedEstimator } from "../../src/limits/limits.cost.js";
import { measureOperation } from "../../src/limits/limits.document.js";
import { countTokens } from "../../src/limits/limits.http.js";

function shape(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
  if (!operation) throw new Error("no operation");
  return measureOperation(document, operation);
}

describe("operation depth and aliases", () => {
  it("count nested fields, through inline fragments and named fragments", () => {
    expect(shape("{ a }")).toEqual({ depth: 1, aliases: 0 });
    expect(shape("{ a { b { c } } d }").depth).toBe(3);
    expect(shape("{ a { ... on T { b { c { d } } } } }").depth).toBe(4);
    expect(shape("query { a { ...F } } fragment F on T { b { c } x: c y: c }")).toEqual({ depth: 3, aliases: 2 });
  });

  it("count the aliases of a fragment each time it is spread", () => {
    expect(shape("{ a { ...F } b { ...F } } fragment F on T { x: c y: c }").aliases).toBe(4);
  });

  it("leave introspection fields out of the depth", () => {
    expect(shape("{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }").depth).toBe(0);
  });

  it("measure a fragment fan-out in linear time and survive a fragment cycle", () => {
    // 30 levels of fragments each spreading the next twice: 2^30 paths if walked naively.
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on T { a${i}: f { ...F${i + 1} } b${i}: f { ...F${i + 1} } }`).join("\n");
    const big = shape(`{ ...F0 } ${fragments} fragment F30 on T { z }`);
    expect(big.depth).toBe(31);
    expect(big.aliases).toBe(2 ** 31 - 2);
    expect(shape("{ ...A } fragment A on T { x { ...A } }").depth).toBe(1);
  });
});

describe("cost, weighted by page size", () => {
  const schema = buildSchema(`
    type Query { items(first: Int, after: String): ItemConnection!  item(id: ID!): Item  byIds(ids: [ID!]!): [Item]! unpaged(kind: String): [Item!]! net(maxEdges: Int): [Item!]! around(limitPerLevel: Int, depth: Int): [Item!]! }
    type ItemConnection { edges: [ItemEdge!]! totalCount: Int! }
    type ItemEdge { node: Item! }
    type Item { id: ID! name: String children(first: Int): ItemConnection! }
  `);
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    getComplexity({ schema, query: parse(query), variables, estimators: [pageWeightedEstimator] });

  // Expected values changed when the model stopped counting scalar fields (1 each before): an item is its edge and node.
  it("counts objects, not scalar fields: a column costs nothing", () => {
    expect(cost("{ item(id: 1) { id name } }")).toBe(1);
    expect(cost("{ item(id: 1) { id } }")).toBe(cost("{ item(id: 1) { id name n2: name n3: name } }"));
  });

  it("multiplies a connection's items by first (default page size 20 when absent)", () => {
    expect(cost("{ items(first: 10) { edges { node { id } } } }")).toBe(1 + 10 * 2);
    expect(cost("{ items { edges { node { id } } } }")).toBe(1 + 20 * 2);
    expect(cost("query ($n: Int) { items(first: $n) { edges { node { id } } } }", { n: 50 })).toBe(1 + 50 * 2);
    expect(cost("{ items(first: 10) { totalCount edges { cursor node { id name } } } }")).toBe(1 + 10 * 2);
  });

  it("multiplies nested pages", () => {
    const q = "{ items(first: 100) { edges { node { children(first: 100) { edges { node { id } } } } } } }";
    expect(cost(q)).toBe(1 + 100 * (1 + 1 + (1 + 100 * 2)));
  });

  it("leaves introspection out: tools must always be able to read the schema", () => {
    expect(cost("{ __schema { types { fields { name args { name } } } } }")).toBe(0);
    expect(cost("{ __typename item(id: 1) { id } }")).toBe(1);
  });

  it("weights ids lists by their length and unpaged lists with arguments by a fixed 100", () => {
    expect(cost('{ byIds(ids: ["a", "b", "c"]) { id } }')).toBe(3 * 1);
    expect(cost('{ unpaged(kind: "x") { id } }')).toBe(100 * 1);
  });

  it("counts a value over an argument's maximum as the maximum, so the resolver's own message names the argument", () => {
    expect(cost("{ items(first: 5000) { edges { node { id } } } }")).toBe(1 + 100 * 2);
    expect(cost("{ net(maxEdges: 5000) { id } }")).toBe(2_000 * 1);
    expect(cost("{ net(maxEdges: 40) { id } }")).toBe(40 * 1);
    expect(cost("{ around(limitPerLevel: 1000, depth: 9) { id } }")).toBe(100 * 3 * 1);
    expect(cost("{ around(limitPerLevel: 10, depth: 2) { id } }")).toBe(10 * 2 * 1);
  });
});

describe("tokens and limit messages", () => {
  it("counts lexical tokens, and stops quietly at a lexical error", () => {
    expect(countTokens("{ a }")).toBe(3);
    expect(countTokens('query Q($x: Int = 3) { a(x: $x) { b } } # comment')).toBe(22);
    expect(countTokens('{ a(s: "unterminated')).toBe(5);
  });

  it("say which limit, the maximum and by how much", () => {
    expect(limitMessage({ limit: "depth", maximum: 12, actual: 15 })).toBe("Depth limit exceeded: fields nested 15 deep, over the maximum of 12 by 3.");
    expect(limitMessage({ limit: "cost", maximum: 50_000, actual: 1_030_301 })).toBe(
      "Cost limit exceeded: an estimated cost of 1,030,301, over the maximum of 50,000 by 980,301.",
    );
  });
});
