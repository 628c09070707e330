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
 * parsed document); cost depends on the variables (first: $n), so it is
 * computed for every request.
 */
export function limitsPlugin(schema: GraphQLSchema, limits: Pick<Limits, "depth" | "aliases" | "cost">): ApolloServerPlugin<GraphQLContext> {
  const shapes = new WeakMap<OperationDefinitionNode, OperationShape>();
  const shapeOf = (document: DocumentNode, operation: OperationDefinitionNode) => {
    let shape = shapes.get(operation);
    if (!shape) shapes.set(operation, (shape = measureOperation(document, operation)));
    return shape;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const { depth, aliases } = shapeOf(document, operation);
          if (depth > limits.depth) throw new LimitExceededError({ limit: "depth", maximum: limits.depth, actual: depth });
          if (aliases > limits.aliases) throw new LimitExceededError({ limit: "aliases", maximum: limits.aliases, actual: aliases });
          const cost = costOf(schema, document, operation, request.variables ?? {});
          if (cost !== undefined && cost > limits.cost) {
            throw new LimitExceededError({ limit: "cost", maximum: limits.cost, actual: cost });
          }
        },
      };
    },
  };
}

/** Undefined when the variables do not fit the operation: execution then reports that precisely. */
function costOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number | undefined {
  try {
    return getComplexity({ schema, query: document, operationName: operation.name?.value, variables, estimators: [pageWeightedEstimator] });
  } catch {
    return undefined;
  }
}
