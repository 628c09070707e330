import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { apiKey } from "./key.js";

/** What went wrong, in the terms the page explains to the analyst. */
export type ApiErrorKind = "unreachable" | "timeout" | "unauthenticated" | "forbidden" | "not-found" | "bad-input" | "server";

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const TIMEOUT_MS = 30_000;
const ENDPOINT = "/graphql";

/**
 * Sends one generated operation to the public GraphQL API (POST /graphql), with the
 * session's API key as a bearer token, and returns its data or throws an ApiError.
 */
export async function request<R, V>(document: DocumentTypeDecoration<R, V> & { toString(): string }, variables: V): Promise<R> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  const key = apiKey();
  if (key) headers.authorization = `Bearer ${key}`;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(ENDPOINT, { method: "POST", headers, body: JSON.stringify({ query: document.toString(), variables }), signal: abort.signal });
  } catch {
    throw abort.signal.aborted
      ? new ApiError("timeout", `The server did not answer within ${TIMEOUT_MS / 1000} s.`)
      : new ApiError("unreachable", "The coopgraph server cannot be reached: it may have stopped, or the network is down.");
  } finally {
    clearTimeout(timer);
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await res.json()) as GraphQLResponse<R>;
  } catch {
    throw new ApiError(res.status >= 500 ? "unreachable" : "server", `The server answered ${res.status} without a GraphQL response.`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(kindOf(first.extensions?.code, res.status), first.message);
  if (!body.data) throw new ApiError("server", `The server answered ${res.status} without data.`);
  return body.data;
}

function kindOf(code: string | undefined, status: number): ApiErrorKind {
  if (code === "UNAUTHENTICATED" || status === 401) return "unauthenticated";
  if (code === "FORBIDDEN" || status === 403) return "forbidden";
  if (code === "NOT_FOUND") return "not-found";
  if (code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED") return "bad-input";
  if (code === "SERVICE_UNAVAILABLE" || status === 503) return "unreachable";
  if (code === "QUERY_TIMEOUT") return "timeout";
  return "server";
}
