import type { ApolloServerPlugin } from "@apollo/server";
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import type { Limits } from "../config/config.js";
import { LimitExceededError } from "../errors/errors.js";
import type { GraphQLContext } from "../graphql/context.js";
import { pageWeightedEstimator } from "./limits.cost.js";
import { measureOperation, type OperationShape } from "./limits.document.js";

/**
 * Checks depth, aliases and cost once the operation is known and before any
 * resolver runs. Depth and aliases depend on the document alone (cached per
 * parsed document); cost depends on the variables too (first: $n), so it is
 * cached per parsed document and variables: a dashboard repeating a query
 * does not walk it again (the walk was 5% of a small read's CPU).
 */
export function limitsPlugin(schema: GraphQLSchema, limits: Pick<Limits, "depth" | "aliases" | "cost">): ApolloServerPlugin<GraphQLContext> {
  const shapes = new WeakMap<OperationDefinitionNode, OperationShape>();
  const shapeOf = (document: DocumentNode, operation: OperationDefinitionNode) => {
    let shape = shapes.get(operation);
    if (!shape) shapes.set(operation, (shape = measureOperation(document, operation)));
    return shape;
  };
  const costs = new WeakMap<OperationDefinitionNode, Map<string, number | undefined>>();
  const costFor = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>) => {
    let known = costs.get(operation);
    if (!known) costs.set(operation, (known = new Map()));
    const key = JSON.stringify(variables);
    if (known.has(key)) return known.get(key);
    const cost = costOf(schema, document, operation, variables);
    // Bounded: a client paging with ever new variables must not grow it without end.
    if (known.size >= COSTS_PER_OPERATION) known.delete(known.keys().next().value as string);
    known.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const { depth, aliases } = shapeOf(document, operation);
          if (depth > limits.depth) throw new LimitExceededError({ limit: "depth", maximum: limits.depth, actual: depth });
          if (aliases > limits.aliases) throw new LimitExceededError({ limit: "aliases", maximum: limits.aliases, actual: aliases });
          const cost = costFor(document, operation, request.variables ?? {});
          if (cost !== undefined && cost > limits.cost) {
            throw new LimitExceededError({ limit: "cost", maximum: limits.cost, actual: cost });
          }
        },
      };
    },
  };
}

const COSTS_PER_OPERATION = 100;

/** Undefined when the variables do not fit the operation: execution then reports that precisely. */
function costOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number | undefined {
  try {
    return getComplexity({ schema, query: document, operationName: operation.name?.value, variables, estimators: [pageWeightedEstimator] });
  } catch {
    return undefined;
  }
}
