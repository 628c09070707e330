import { GraphQLError, type ExecutionResult } from "graphql";

/** The parts of GraphiQL's fetcher contract this IDE uses. */
export interface GraphQLParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

export interface FetcherOpts {
  headers?: Record<string, unknown>;
}

/**
 * POSTs to this server's /graphql, with the API key (when one is given) as a
 * bearer credential; headers from the header editor come last and win. Any
 * answer is shown, error statuses included: they carry GraphQL errors that say
 * what went wrong (UNAUTHENTICATED, limits...).
 */
export function createFetcher(endpoint: string, apiKey: string) {
  return async (params: GraphQLParams, opts?: FetcherOpts): Promise<ExecutionResult> => {
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/graphql-response+json, application/json" };
    if (apiKey) headers.authorization = `Bearer ${apiKey}`;
    for (const [name, value] of Object.entries(opts?.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const response = await fetch(endpoint, { method: "POST", headers, body: JSON.stringify(params) });
    const text = await response.text();
    try {
      return JSON.parse(text) as ExecutionResult;
    } catch {
      const message = `HTTP ${response.status} ${response.statusText}: the server did not answer in JSON (${text.slice(0, 200)})`;
      return { errors: [new GraphQLError(message)] };
    }
  };
}
