import { parse, type GraphQLSchema } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/config/config.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { pageWeightedEstimator } from "../../src/limits/limits.cost.js";
import type { Services } from "../../src/services.js";

/**
 * The cost model on the real schema, against the default maximum: the
 * dashboards the issue quoted must pass, the fan-out bombs must not. The
 * figures are the ones docs/security.md gives for sizing COOPGRAPH_MAX_COST.
 */
describe("cost of realistic operations (default COOPGRAPH_MAX_COST)", () => {
  let schema: GraphQLSchema;
  const maximum = DEFAULT_LIMITS.cost;
  beforeAll(async () => {
    schema = await buildGraphQLSchema(new Proxy({}, { get: () => ({}) }) as Services);
  });
  const cost = (query: string) => getComplexity({ schema, query: parse(query), variables: {}, estimators: [pageWeightedEstimator] });

  it("is 50,000 by default", () => expect(maximum).toBe(50_000));

  it("lets a programmes x partners dashboard through whatever columns it reads (121,001 when every scalar counted)", () => {
    const dashboard =
      "{ programmes(first: 100) { totalCount edges { node { id code name kind startDate endDate partners(first: 100) { totalCount " +
      "edges { role since until sourceIds node { __typename id ... on Organization { name acronym kind country } } } } } } } }";
    expect(cost(dashboard)).toBe(20_301);
    expect(cost("{ programmes(first: 100) { edges { node { code partners(first: 100) { edges { node { id } } } } } } }")).toBe(20_301);
    expect(cost("{ members(first: 100) { edges { node { id participations(first: 100) { edges { node { id } } } } } } }")).toBeLessThan(maximum);
    expect(cost('{ cooperationNetwork(region: "AP") { nodes { entityId degree node { id ... on Member { name } } } edges { source target weight } } }')).toBeLessThan(maximum);
  });

  it("refuses three nested pages of 100 (a million items) and a page under every node of a full network", () => {
    const bomb =
      "{ members(first: 100) { edges { node { participations(first: 100) { edges { node { id ... on Event { " +
      "participants(first: 100) { edges { node { id } } } } } } } } } } }";
    expect(cost(bomb)).toBe(2_030_301);
    const network = "{ cooperationNetwork(maxEdges: 2000) { nodes { node { ... on Member { participations(first: 100) { edges { node { id } } } } } } } }";
    expect(cost(network)).toBeGreaterThan(maximum);
    expect(cost('{ neighbourhood(id: "member:jpn", depth: 3, limitPerLevel: 100) { nodes { node { ... on Member { participations(first: 100) { edges { node { id } } } } } } } }')).toBeGreaterThan(maximum);
  });
});
