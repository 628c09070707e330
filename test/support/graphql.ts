import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { App } from "../../src/server.js";

export interface TypedResult<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions: { code: string; [k: string]: unknown } }[];
  statusCode: number;
  statements: number;
}

/** Sends a generated, typed document (test/generated) over HTTP through the app. */
export async function execute<T, V extends Record<string, unknown>>(
  app: App,
  document: TypedDocumentNode<T, V>,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<TypedResult<T>> {
  const res = await app.inject({
    method: "POST",
    url: "/graphql",
    headers: { "content-type": "application/json", ...headers },
    payload: { query: print(document), variables: variables ?? {} },
  });
  const body = res.json() as Omit<TypedResult<T>, "statusCode" | "statements">;
  return { ...body, statusCode: res.statusCode, statements: Number(res.headers["x-cypher-statements"] ?? NaN) };
}

/** Sends a GraphQL document given as text (tests of hostile or invalid documents), with optional headers. */
export async function executeText(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ data?: Record<string, unknown> | null; errors?: TypedResult<unknown>["errors"]; statusCode: number }> {
  const res = await app.inject({
    method: "POST",
    url: "/graphql",
    headers: { "content-type": "application/json", ...headers },
    payload: { query, variables },
  });
  return { ...(res.json() as object), statusCode: res.statusCode };
}
