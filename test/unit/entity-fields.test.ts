import type { GraphQLObjectType, GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { LABELS, NODE_PROPS } from "../../src/model/model.labels.js";
import type { Services } from "../../src/services.js";

/**
 * Properties a label's GraphQL type returns under another name or inside
 * another field: counts (delegates, delegatesQualifier, delegatesScope,
 * delegatesInPerson...) are gathered into `counts`; `sources` is `sourceIds`.
 */
const COUNT_PROP = /^(delegates|participants|organizations|countries|administrations)/;
function fieldOf(label: string, prop: string): string {
  if (label === "Event" && COUNT_PROP.test(prop)) return "counts";
  return prop;
}

// A property the model lets a node carry but its GraphQL type does not return
// is a fact the graph holds and hides (the node twin of relationship-edge-fields).
describe("every node property has a field on its label's type", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema(new Proxy({}, { get: () => ({}) }) as Services);
  });

  const props = LABELS.flatMap((label) => Object.keys(NODE_PROPS[label].shape).map((prop) => ({ label, prop })));
  it.each(props)("$label.$prop", ({ label, prop }) => {
    const fields = Object.keys((schema.getType(label) as GraphQLObjectType).getFields());
    expect(fields, `${label} has no field returning ${prop}`).toContain(fieldOf(label, prop));
  });
});
