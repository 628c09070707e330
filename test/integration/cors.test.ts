import { describe, expect, it } from "vitest";
import { TypenameDocument } from "../generated/graphql.js";
import { useTestApp } from "../support/app.js";
import { execute } from "../support/graphql.js";

const DASHBOARD = "https://dashboard.example.org";

describe("CORS (COOPGRAPH_CORS_ORIGINS)", () => {
  const app = useTestApp({ ops: { corsOrigins: [DASHBOARD] } });

  const preflight = (origin: string) =>
    app().inject({
      method: "OPTIONS",
      url: "/graphql",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
    });

  it("answers a preflight from an allowed origin before the CSRF check", async () => {
    const res = await preflight(DASHBOARD);
    expect(res.statusCode).toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBe(DASHBOARD);
    const allowed = String(res.headers["access-control-allow-headers"]).split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type"]));
    expect(String(res.headers["access-control-allow-methods"])).toMatch(/POST/);
    // Credentials travel in the Authorization header, never in cookies.
    expect(res.headers["access-control-allow-credentials"]).toBeUndefined();
  });

  it("gives no Allow-Origin to another origin", async () => {
    const res = await preflight("https://evil.example.com");
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    const post = await execute(app(), TypenameDocument, {}, { origin: "https://evil.example.com" });
    expect(post.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("gives the actual cross-origin POST its Allow-Origin and exposes x-request-id", async () => {
    const res = await execute(app(), TypenameDocument, {}, { origin: DASHBOARD });
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({ __typename: "Query" });
    expect(res.headers["access-control-allow-origin"]).toBe(DASHBOARD);
    expect(String(res.headers["access-control-expose-headers"])).toMatch(/x-request-id/);
  });

  it("still refuses a text/plain simple POST (CSRF), even from an allowed origin", async () => {
    const res = await app().inject({
      method: "POST",
      url: "/graphql",
      headers: { origin: DASHBOARD, "content-type": "text/plain" },
      payload: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/CSRF|preflight/i);
  });
});

describe("CORS by default", () => {
  const app = useTestApp();

  it("allows no other origin, but still answers the preflight itself", async () => {
    const res = await app().inject({ method: "OPTIONS", url: "/graphql", headers: { origin: "https://a.example", "access-control-request-method": "POST" } });
    expect(res.statusCode).toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
