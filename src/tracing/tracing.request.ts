import { context, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from "@opentelemetry/api";
import type { QueryObserver } from "../db/query-runner.js";
import type { Outcome } from "../graphql/errors.plugin.js";

/** One GraphQL operation's span, named once the operation is known. */
export interface OperationSpan {
  name(type: string, name: string | undefined): void;
  end(outcome: Outcome, codes: string[]): void;
}

/** A request's tracing: spans for its operations, and for its Cypher statements under them. */
export interface RequestTrace {
  readonly observer: QueryObserver;
  startOperation(): OperationSpan;
}

/**
 * Spans carry names, types, codes and the request id, never values: no
 * variables, no parameters, and not the document either, whose literals can be
 * values too. A Cypher span is named by its file under cypher/. In a batch,
 * every statement hangs under the batch's first operation, since the
 * operations share the request's loaders and so its statements.
 */
export function requestTrace(tracer: Tracer, requestId: string): RequestTrace {
  let parent: Span | undefined;
  return {
    observer: {
      onStatement(query) {
        const file = `cypher/${query.name}.cypher`;
        const span = tracer.startSpan(
          `cypher ${query.name}`,
          { kind: SpanKind.CLIENT, attributes: { "db.system.name": "neo4j", "db.query.summary": file, "coopgraph.cypher.mode": query.mode } },
          parent ? trace.setSpan(context.active(), parent) : undefined,
        );
        return (error?: unknown) => {
          if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: (error as { code?: string })?.code ?? "error" });
          span.end();
        };
      },
    },
    startOperation() {
      const span = tracer.startSpan("graphql", { kind: SpanKind.SERVER, attributes: { "coopgraph.request_id": requestId } });
      parent ??= span;
      return {
        name(type, name) {
          span.updateName(name ? `${type} ${name}` : type);
          span.setAttribute("graphql.operation.type", type);
          if (name) span.setAttribute("graphql.operation.name", name);
        },
        end(outcome, codes) {
          span.setAttribute("coopgraph.outcome", outcome);
          if (codes.length > 0) {
            span.setAttribute("coopgraph.error_codes", [...new Set(codes)]);
            // A partial answer is still an answer; only an operation without data failed.
            if (outcome === "error") span.setStatus({ code: SpanStatusCode.ERROR, message: codes[0] });
          }
          span.end();
        },
      };
    },
  };
}
