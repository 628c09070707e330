import { print } from "graphql";
import { ClientError, GraphQLClient } from "graphql-request";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AboutAndNodeDocument, CoParticipantsDocument, NodeIdDocument, TypenameDocument } from "../generated/graphql.js";
import { listenOnLoopback, startTestApp, type TestApp } from "../support/app.js";
import { execute, executeText } from "../support/graphql.js";

/**
 * GraphQL over HTTP: a response that carries data is 200, also when fields
 * failed; only request errors (nothing executed) keep their 4xx.
 */
describe("HTTP status of GraphQL responses", () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    url = await listenOnLoopback(t.app);
  });
  afterAll(() => t.close());

  it("answers 200 with data and errors when one field fails (a bad id, a missing entity)", async () => {
    const partial = await execute(t.app, AboutAndNodeDocument, { id: "" });
    expect(partial.statusCode).toBe(200);
    expect(partial.data).toEqual({ about: { service: expect.any(String) }, node: null });
    expect(partial.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");

    const notFound = await execute(t.app, CoParticipantsDocument, { id: "member:nope" });
    expect(notFound.statusCode).toBe(200);
    expect(notFound.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    expect(notFound.errors?.[0]?.extensions).not.toHaveProperty("http");
  });

  it("keeps 4xx for request errors: unparsable, invalid, unauthenticated", async () => {
    expect((await executeText(t.app, "{ about { ")).statusCode).toBe(400);
    expect((await executeText(t.app, "{ nope }")).statusCode).toBe(400);
    const badKey = await execute(t.app, TypenameDocument, {}, { authorization: "Bearer cgk_not-a-key" });
    expect(badKey.statusCode).toBe(401);
    expect(badKey.data).toBeUndefined();
  });

  const batch = (operations: { query: string; variables?: Record<string, unknown> }[]) =>
    t.app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: operations });

  it("answers a batch with 200 when any operation has data, each entry with its own errors", async () => {
    const res = await batch([
      { query: print(NodeIdDocument), variables: { id: "member:jpn" } },
      { query: print(CoParticipantsDocument), variables: { id: "member:nope" } },
      { query: "{ nope }" },
    ]);
    expect(res.statusCode).toBe(200);
    const [found, missing, invalid] = res.json() as { data?: unknown; errors?: { extensions: { code: string } }[] }[];
    expect(found).toEqual({ data: { node: { id: "member:jpn" } } });
    expect(missing?.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    expect(invalid?.data).toBeUndefined();
    expect(invalid?.errors?.[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("keeps 400 for a batch of request errors only", async () => {
    expect((await batch([{ query: "{ nope }" }, { query: "{ about { " }])).statusCode).toBe(400);
  });

  it("lets a real client (graphql-request) get partial data, and still throw on a request error", async () => {
    const client = new GraphQLClient(url, { errorPolicy: "all" });
    const { data, errors } = await client.rawRequest(print(AboutAndNodeDocument), { id: "" });
    expect(data).toMatchObject({ about: { service: expect.any(String) }, node: null });
    expect(errors?.[0]?.message).toBeTruthy();
    // With its default policy the client throws on any error, but it has the data: the response was 200.
    const strict = new GraphQLClient(url);
    const thrown = await strict.request(AboutAndNodeDocument, { id: "" }).catch((err: unknown) => err);
    expect(thrown).toBeInstanceOf(ClientError);
    expect((thrown as ClientError).response.status).toBe(200);
    expect((thrown as ClientError).response.data).toMatchObject({ node: null });

    const invalid = await strict.request("{ nope }").catch((err: unknown) => err);
    expect((invalid as ClientError).response.status).toBe(400);
  });
});
