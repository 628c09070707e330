import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import type { Services } from "../../src/services.js";

/**
 * Every element of the schema a dashboard developer reads in GraphiQL or in
 * generated types: the types, their fields and arguments, input fields and enum
 * values. Built-in scalars and introspection types are graphql-js's own.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}


describe("schema descriptions", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    // Building the schema calls no resolver, so no services are needed (as in print-schema.ts).
    schema = await buildGraphQLSchema(new Proxy({}, { get: () => ({}) }) as Services);
  });

  it("describe every type, field, argument, input field and enum value", () => {
    expect(undescribed(schema)).toEqual([]);
  });
});
