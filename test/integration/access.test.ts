import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/server.js";
import { CypherDocument, NodeIdDocument, QueryTypeNameDocument, UpsertGraphDocument } from "../generated/graphql.js";
import { startTestApp, useTestApp, type TestApp } from "../support/app.js";
import { bearer, testCredentials } from "../support/auth.js";
import { execute } from "../support/graphql.js";

type Headers = Record<string, string>;
const READ = (app: App, headers: Headers = {}) => execute(app, NodeIdDocument, { id: "member:jpn" }, headers);
const WRITE = (app: App, headers: Headers = {}) =>
  execute(app, UpsertGraphDocument, { input: { sources: [{ id: "source:access-test", title: "Access test", publisher: "coopgraph tests" }] } }, headers);
const CYPHER = (app: App, headers: Headers = {}) => execute(app, CypherDocument, { statement: "RETURN 1 AS one" }, headers);
const INTROSPECTION = (app: App, headers: Headers = {}) => execute(app, QueryTypeNameDocument, {}, headers);

describe("access with reads open (the default)", () => {
  const creds = testCredentials("open");
  const app = useTestApp({ seed: true, auth: creds.settings });

  it("lets anyone read", async () => {
    const res = await READ(app());
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({ node: { id: "member:jpn" } });
  });

  // A refused field is an error of the field: the response has data (null), so it is 200 (GraphQL over HTTP).
  it.each([
    ["no credential", {}, "UNAUTHENTICATED"],
    ["a reader key", bearer(creds.keys.reader), "FORBIDDEN"],
    ["a researcher key", bearer(creds.keys.researcher), "FORBIDDEN"],
  ])("refuses a write with %s", async (_who, headers, code) => {
    const res = await WRITE(app(), headers);
    expect(res.statusCode).toBe(200);
    expect(res.errors?.[0]?.extensions.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(/editor role/);
    const after = await execute(app(), NodeIdDocument, { id: "source:access-test" });
    expect(after.data).toEqual({ node: null });
  });

  it("lets an editor key and an editor JWT write", async () => {
    const byKey = await WRITE(app(), bearer(creds.keys.editor));
    expect(byKey.errors).toBeUndefined();
    expect(byKey.data?.upsertGraph.nodes).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const byJwt = await WRITE(app(), bearer(await creds.jwt(["editor"])));
    expect(byJwt.data?.upsertGraph.nodes).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it.each([
    ["no credential", () => ({}), "UNAUTHENTICATED"],
    ["an editor key", () => bearer(creds.keys.editor), "FORBIDDEN"],
    ["a reader JWT", async () => bearer(await creds.jwt(["reader"])), "FORBIDDEN"],
  ])("keeps researcher Cypher from %s", async (_who, headers, code) => {
    const res = await CYPHER(app(), await headers());
    expect(res.statusCode).toBe(200);
    expect(res.errors?.[0]?.extensions.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(/researcher role/);
  });

  it("lets a researcher run Cypher", async () => {
    const res = await CYPHER(app(), bearer(creds.keys.researcher));
    expect(res.data?.cypher.rows).toEqual([{ one: 1 }]);
  });

  it.each([
    ["an unknown API key", "Bearer cgk_not-a-configured-key", /API key is not valid/],
    ["an expired JWT", "expired", /expired/],
    ["a tampered JWT", "tampered", /signature/],
    ["another scheme", "Basic dXNlcjpwYXNz", /must be "Bearer/],
  ])("answers 401 to %s even for a read (a bad credential is never treated as none)", async (_what, header, message) => {
    let value = header;
    if (header === "expired") value = `Bearer ${await creds.jwt(["reader"], { expiresIn: "-1m" })}`;
    if (header === "tampered") value = `Bearer ${(await creds.jwt(["reader"])).slice(0, -3)}abc`;
    const res = await READ(app(), { authorization: value });
    expect(res.statusCode).toBe(401);
    expect(res.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.data ?? null).toBeNull();
  });
});

describe("access with COOPGRAPH_READ_ACCESS=authenticated", () => {
  const creds = testCredentials("authenticated");
  const app = useTestApp({ seed: true, auth: creds.settings });

  it("refuses an anonymous read, introspection included", async () => {
    for (const send of [READ, INTROSPECTION]) {
      const res = await send(app());
      expect(res.statusCode).toBe(401);
      expect(res.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it("lets every role read", async () => {
    for (const key of Object.values(creds.keys)) {
      const res = await READ(app(), bearer(key));
      expect(res.data).toEqual({ node: { id: "member:jpn" } });
    }
  });

  it("still refuses a token without any coopgraph role", async () => {
    const res = await READ(app(), bearer(await creds.jwt([])));
    expect(res.statusCode).toBe(403);
    expect(res.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });
});

describe("JWTs verified against a JWKS", () => {
  let jwks: Server;
  let started: TestApp;
  let sign: (roles: string[], kid?: string) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair("ES256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "ES256", use: "sig" };
    jwks = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    sign = (roles, kid = "k1") =>
      new SignJWT({ roles }).setProtectedHeader({ alg: "ES256", kid }).setSubject("idp-user").setIssuer("https://idp.test").setExpirationTime("5m").sign(privateKey);
    const base = testCredentials().settings;
    started = await startTestApp({ seed: true, auth: { ...base, jwt: { ...base.jwt, secret: undefined, jwksUrl: url, issuer: "https://idp.test" } } });
  });
  afterAll(async () => {
    await started?.close();
    jwks?.close();
  });

  it("accepts a token signed by the identity provider's key and applies its roles", async () => {
    const write = await WRITE(started.app, bearer(await sign(["editor"])));
    expect(write.errors).toBeUndefined();
    const forbidden = await WRITE(started.app, bearer(await sign(["reader"])));
    expect(forbidden.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });

  it("refuses a token whose key is not in the JWKS, and an HS256 token when no secret is configured", async () => {
    const unknownKey = await READ(started.app, bearer(await sign(["editor"], "k2")));
    expect(unknownKey.statusCode).toBe(401);
    expect(unknownKey.errors?.[0]?.message).toMatch(/no key in the JWKS/);
    const hs = await READ(started.app, bearer(await testCredentials().jwt(["editor"])));
    expect(hs.statusCode).toBe(401);
    expect(hs.errors?.[0]?.message).toMatch(/HS256 is not accepted/);
  });
});
