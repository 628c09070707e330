import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.js";
import { testCredentials } from "../support/auth.js";

/** Apollo's CSRF check wants it on a GET (a browser's navigation cannot send it). */
const PREFLIGHTED = { "apollo-require-preflight": "true" };

/** What Chromium sends when it navigates to a page. */
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8";

const scriptOf = (html: string) => /<script type="module" src="([^"]+)"><\/script>/.exec(html)?.[1];

describe("the web pages of the real app", () => {
  const app = useTestApp({ seed: true });
  const get = (url: string, headers: Record<string, string> = {}) => app().inject({ method: "GET", url, headers });

  it("serves the landing page at / under the strict policy", async () => {
    const home = await get("/", { accept: BROWSER_ACCEPT });
    expect(home.statusCode).toBe(200);
    expect(home.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(home.headers["cache-control"]).toBe("no-cache");
    expect(home.headers["content-security-policy"]).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self';/);
    expect(home.body).toContain("<h1>coopgraph</h1>");
    const script = scriptOf(home.body);
    expect(script).toMatch(/^\/home\/assets\/main-[A-Z0-9]{8}\.js$/);
    const js = await get(script!);
    expect(js.statusCode).toBe(200);
    expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(js.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("gives a browser at /graphql the bundled GraphiQL, never Apollo's CDN landing page", async () => {
    for (const url of ["/graphql", "/graphql?query=%7B__typename%7D"]) {
      const ide = await get(url, { accept: BROWSER_ACCEPT });
      expect(ide.statusCode, url).toBe(200);
      expect(ide.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(scriptOf(ide.body)).toMatch(/^\/graphiql\/assets\/main-[A-Z0-9]{8}\.js$/);
      expect(ide.body).not.toMatch(/apollographql|sandbox|googleapis|https?:\/\//i);
      // GraphiQL's stylesheet inlines its fonts as data: URLs: the one addition to the policy.
      expect(ide.headers["content-security-policy"]).toContain("font-src 'self' data:;");
      expect(ide.headers["content-security-policy"]).toContain("script-src 'self';");
    }
    const css = /<link rel="stylesheet" href="([^"]+)">/.exec((await get("/graphql", { accept: BROWSER_ACCEPT })).body)?.[1];
    const stylesheet = await get(css!);
    expect(stylesheet.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(stylesheet.body).toContain(".graphiql-container");
    expect(stylesheet.body).not.toMatch(/@import|url\(["']?https?:/);
  });

  it("answers GraphQL GETs as before: JSON for clients, Apollo's 400 without a query", async () => {
    const typename = await get("/graphql?query=%7B__typename%7D", { accept: "application/json", ...PREFLIGHTED });
    expect(typename.statusCode).toBe(200);
    expect(typename.json()).toEqual({ data: { __typename: "Query" } });
    const anything = await get("/graphql?query=%7B__typename%7D", { accept: "*/*", ...PREFLIGHTED });
    expect(anything.json()).toEqual({ data: { __typename: "Query" } });
    const noQuery = await get("/graphql", { accept: "application/json", ...PREFLIGHTED });
    expect(noQuery.statusCode).toBe(400);
    expect(noQuery.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("serves the documentation as plain text, and 404s for what is not there", async () => {
    const doc = await get("/docs/web.md");
    expect(doc.statusCode).toBe(200);
    expect(doc.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(doc.body).toMatch(/^# Web apps\n/);
    for (const url of ["/docs/nope.md", "/docs/..%2Fpackage.json", "/docs/..%2F..%2Fetc%2Fpasswd", "/graphiql/assets/main-NOPE.js", "/home/nope.css"]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers["content-type"], url).toBe("text/html; charset=utf-8");
      expect(res.body, url).toContain("Not found");
    }
    // Paths no app or route owns keep Fastify's JSON 404.
    const unknown = await get("/nope");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-type"]).toMatch(/^application\/json/);
  });
});

describe("the web pages when reads need a credential", () => {
  const credentials = testCredentials("authenticated");
  const app = useTestApp({ auth: credentials.settings });

  it("serves the pages without one (they hold no data); the API still refuses", async () => {
    expect((await app().inject({ method: "GET", url: "/", headers: { accept: BROWSER_ACCEPT } })).statusCode).toBe(200);
    expect((await app().inject({ method: "GET", url: "/graphql", headers: { accept: BROWSER_ACCEPT } })).statusCode).toBe(200);
    const api = await app().inject({ method: "GET", url: "/graphql?query=%7B__typename%7D", headers: { accept: "application/json", ...PREFLIGHTED } });
    expect(api.statusCode).toBe(401);
  });
});
