import { describe, expect, it } from "vitest";
import { TypenameDocument } from "../generated/graphql.js";
import { useTestApp } from "../support/app.js";
import { bearer, testCredentials } from "../support/auth.js";
import { execute } from "../support/graphql.js";

describe("rate limit (COOPGRAPH_RATE_LIMIT)", () => {
  const creds = testCredentials("open");
  const app = useTestApp({ auth: creds.settings, ops: { rateLimit: { max: 2, windowMs: 60_000 } } });

  it("answers 429 RATE_LIMITED in the GraphQL shape past the limit, per address for anonymous callers", async () => {
    const from = (remoteAddress: string) =>
      app().inject({ method: "POST", url: "/graphql", remoteAddress, headers: { "content-type": "application/json" }, payload: { query: "{ __typename }" } });
    expect((await from("10.0.0.1")).statusCode).toBe(200);
    expect((await from("10.0.0.1")).statusCode).toBe(200);
    const refused = await from("10.0.0.1");
    expect(refused.statusCode).toBe(429);
    expect(refused.json().errors[0]).toMatchObject({ extensions: { code: "RATE_LIMITED", maximum: 2 } });
    expect(refused.json().errors[0].message).toMatch(/Rate limit exceeded: more than 2 requests in 60 s/);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    // Another address has its own budget.
    expect((await from("10.0.0.2")).statusCode).toBe(200);
  });

  it("counts per credential, whatever the address", async () => {
    const key = bearer(creds.keys.reader);
    for (const remoteAddress of ["10.1.0.1", "10.1.0.2"]) {
      const res = await app().inject({ method: "POST", url: "/graphql", remoteAddress, headers: { "content-type": "application/json", ...key }, payload: { query: "{ __typename }" } });
      expect(res.statusCode).toBe(200);
    }
    const third = await execute(app(), TypenameDocument, {}, key);
    expect(third.statusCode).toBe(429);
    // The editor's key is another credential.
    expect((await execute(app(), TypenameDocument, {}, bearer(creds.keys.editor))).statusCode).toBe(200);
  });

  it("never limits /health", async () => {
    for (let i = 0; i < 4; i++) expect((await app().inject({ method: "GET", url: "/health", remoteAddress: "10.0.0.1" })).statusCode).toBe(200);
  });
});

describe("rate limit by default", () => {
  const app = useTestApp();

  it("is off", async () => {
    for (let i = 0; i < 5; i++) expect((await execute(app(), TypenameDocument)).statusCode).toBe(200);
  });
});
