import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLContext } from "../graphql/context.js";
import { outcomeOf } from "../graphql/errors.plugin.js";

/** A span per GraphQL operation (each operation of a batch its own), when the request has a trace. */
export function tracingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const span = contextValue.trace?.startOperation();
      if (!span) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (operation) span.name(operation.operation, operationName ?? undefined);
        },
        async willSendResponse({ response, errors }) {
          span.end(outcomeOf(response), (errors ?? []).map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")));
        },
      };
    },
  };
}
