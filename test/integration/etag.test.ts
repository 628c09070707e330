import { createHash } from "node:crypto";
import { print } from "graphql";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.js";
import { bearer, testCredentials } from "../support/auth.js";
import { GraphVersionDocument, UpsertGraphVersionDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";

const creds = testCredentials();
const query = print(GraphVersionDocument);
const sha = createHash("sha256").update(query).digest("hex");

describe("ETags of GET and persisted-query reads", () => {
  const app = useTestApp({ auth: creds.settings });
  const get = (headers: Record<string, string> = {}) =>
    app().inject({ method: "GET", url: `/graphql?query=${encodeURIComponent(query)}`, headers: { "apollo-require-preflight": "true", ...headers } });
  const write = async (slug: string) => {
    const input = { sources: [{ id: "source:etag-test", title: "ETag notes", publisher: "coopgraph tests" }], entities: [{ id: `member:${slug}`, properties: { name: slug, kind: "country", iso3: slug.toUpperCase() }, sources: ["source:etag-test"] }], relationships: [] };
    const res = await execute(app(), UpsertGraphVersionDocument, { input }, bearer(creds.keys.editor));
    expect(res.data!.upsertGraph.graphVersion).not.toBeNull();
  };

  it("GET twice: one ETag, private and no-cache by default; If-None-Match gets 304 until a write", async () => {
    const first = await get();
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"\d+-[0-9a-f]{32}"$/);
    expect(first.headers["cache-control"]).toBe("private, no-cache");
    expect((await get()).headers.etag).toBe(etag);

    const revalidated = await get({ "if-none-match": etag });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe("");
    expect(revalidated.headers.etag).toBe(etag);

    await write("zzx");
    const after = await get({ "if-none-match": etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it("a different credential gets a different ETag; a plain POST and a mutation get none", async () => {
    const anonymous = (await get()).headers.etag;
    const asReader = (await get(bearer(creds.keys.reader))).headers.etag;
    const asEditor = (await get(bearer(creds.keys.editor))).headers.etag;
    expect(new Set([anonymous, asReader, asEditor]).size).toBe(3);
    const post = await execute(app(), GraphVersionDocument);
    expect(post.statusCode).toBe(200);
    expect(post.headers.etag).toBeUndefined();
  });

  it("a persisted query: registered, then read by its hash with an ETag and a 304", async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha } };
    const register = await app().inject({ method: "POST", url: "/graphql", payload: { query, extensions } });
    expect(register.statusCode).toBe(200);
    const etag = register.headers.etag as string;
    expect(etag).toBeDefined();
    const byHash = await app().inject({ method: "POST", url: "/graphql", payload: { extensions } });
    expect(byHash.statusCode).toBe(200);
    expect(byHash.headers.etag).toBe(etag);
    const notModified = await app().inject({ method: "POST", url: "/graphql", payload: { extensions }, headers: { "if-none-match": etag } });
    expect(notModified.statusCode).toBe(304);
  });

  it("a persisted-query hash that does not match its query is a 400 BAD_REQUEST", async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } };
    const res = await app().inject({ method: "POST", url: "/graphql", payload: { query, extensions } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ errors: [{ message: expect.stringMatching(/does not match/), extensions: { code: "BAD_REQUEST" } }] });
  });
});
