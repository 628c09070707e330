import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { App } from "../../src/server.js";

export interface TypedResult<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions: { code: string; [k: string]: unknown } }[];
  statusCode: number;
  /** The x-cypher-statements header: how many Cypher statements the request sent. */
  statements: number;
  headers: Record<string, string | string[] | number | undefined>;
}

/**
 * Sends a generated, typed document (test/generated, from test/operations/*.graphql) over
 * HTTP through the app: the way tests send a well-formed operation.
 */
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
  const body = res.json() as Pick<TypedResult<T>, "data" | "errors">;
  return { ...body, statusCode: res.statusCode, statements: Number(res.headers["x-cypher-statements"] ?? NaN), headers: res.headers };
}

/**
 * Sends a GraphQL document given as text, with optional headers: only for documents that are
 * deliberately invalid, hostile or shaped to probe a limit (a well-formed operation belongs in
 * test/operations and goes through execute()).
 */
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
