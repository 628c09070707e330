import "reflect-metadata";
import { GraphQLInterfaceType, GraphQLObjectType, GraphQLSchema, GraphQLString, isAbstractType, type GraphQLAbstractType, type GraphQLResolveInfo } from "graphql";
import { describe, expect, it } from "vitest";
import { resolveTypesDirectly } from "../../src/entity/entity.type.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import type { Services } from "../../src/services.js";

// graphql-js waits for a promise returned by resolveType once per entity; the schema's own resolvers answer at once.
describe("abstract types resolve synchronously", () => {
  it("every abstract type of the schema names an entity's type without a promise", async () => {
    const schema = await buildGraphQLSchema(new Proxy({}, { get: () => ({}) }) as Services);
    const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType);
    expect(abstract.map((t) => t.name).sort()).toEqual(["Entity", "Node"]);
    for (const type of abstract) {
      for (const typename of ["Member", "Event", "Organization"]) {
        const resolved = type.resolveType!({ __typename: typename, id: "x" }, {}, {} as GraphQLResolveInfo, type as GraphQLAbstractType);
        expect(resolved, `${type.name} for a ${typename}`).toBe(typename);
      }
    }
  });

  it("refuses a schema with an abstract type it has no resolver for, naming it", () => {
    const other = new GraphQLInterfaceType({ name: "Other", fields: { id: { type: GraphQLString } }, resolveType: async () => "Thing" });
    const thing = new GraphQLObjectType({ name: "Thing", interfaces: [other], fields: { id: { type: GraphQLString } } });
    const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: "Query", fields: { other: { type: other } } }), types: [thing] });
    expect(() => resolveTypesDirectly(schema)).toThrow(/Other has no resolver/);
  });
});
