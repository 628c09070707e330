import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import type { App } from "../../src/server.js";
import { registerWeb } from "../../src/web/web.plugin.js";
import { buildWeb } from "../../web/build.js";

/**
 * The platform on a fixture project of its own (a temporary folder with one app,
 * "demo"), so what is asserted does not depend on the real apps' contents.
 */
describe("the web platform: build and serving", () => {
  let root: string;
  let app: App;
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });

  const writeDemo = (marker: string) => {
    const dir = join(root, "web", "demo");
    mkdirSync(join(dir, "public"), { recursive: true });
    writeFileSync(join(dir, "index.html"), `<!doctype html><html><head><title>demo</title></head><body><p id="x"></p></body></html>`);
    writeFileSync(join(dir, "style.css"), "p { color: #123456; }\n");
    writeFileSync(join(dir, "main.ts"), `import "./style.css";\nconst p: HTMLElement | null = document.getElementById("x");\nif (p) p.textContent = "${marker}";\n`);
    writeFileSync(join(dir, "app.json"), JSON.stringify({ csp: { "connect-src": ["ws:"] } }));
    writeFileSync(join(dir, "public", "robots.txt"), "User-agent: *\n");
  };
  const assetsOf = async () => {
    const html = (await get("/demo/")).body;
    const script = /<script type="module" src="([^"]+)"><\/script>/.exec(html)?.[1];
    const stylesheet = /<link rel="stylesheet" href="([^"]+)">/.exec(html)?.[1];
    if (!script || !stylesheet) throw new Error(`no script or stylesheet tag in ${html}`);
    return { html, script, stylesheet };
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "coopgraph-web-"));
    writeFileSync(join(root, "package.json"), "{}");
    copyFileSync(join(projectRoot(), "tsconfig.web.json"), join(root, "tsconfig.web.json"));
    mkdirSync(join(root, "web"));
    copyFileSync(join(projectRoot(), "web", "favicon.svg"), join(root, "web", "favicon.svg"));
    writeDemo("first");
    await buildWeb([], root);
    app = Fastify() as unknown as App;
    await registerWeb(app, { root, graphqlPath: "/graphql" });
    app.get("/graphql", async () => ({ data: { answered: "by GraphQL" } }));
  });
  afterAll(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("serves the app's page at /demo/ (and redirects /demo there, keeping the query)", async () => {
    const redirect = await get("/demo?view=net&from=2019");
    expect(redirect.statusCode).toBe(308);
    expect(redirect.headers.location).toBe("/demo/?view=net&from=2019");

    const page = await get("/demo/");
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.body).toContain("<title>demo</title>");
    expect(page.body).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
  });

  it("bundles the script and stylesheet under content-hashed names, cached for good", async () => {
    const { script, stylesheet } = await assetsOf();
    expect(script).toMatch(/^\/demo\/assets\/main-[A-Z0-9]{8}\.js$/);
    expect(stylesheet).toMatch(/^\/demo\/assets\/main-[A-Z0-9]{8}\.css$/);

    const js = await get(script);
    expect(js.statusCode).toBe(200);
    expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(js.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(js.body).toContain('"first"');
    expect(js.body).not.toContain("HTMLElement"); // TypeScript is gone: compiled, not copied
    expect(js.body).toMatch(/\/\/# sourceMappingURL=\/demo\/assets\/main-[A-Z0-9]{8}\.js\.map\s*$/);

    const css = await get(stylesheet);
    expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(css.body).toContain("#123456");

    const map = await get(`${script}.map`);
    expect(map.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(JSON.parse(map.body).sources.some((s: string) => s.endsWith("web/demo/main.ts"))).toBe(true);
  });

  it("gives a changed source a new name, so no browser keeps the old file", async () => {
    const before = await assetsOf();
    writeDemo("second");
    await buildWeb(["demo"], root);
    const after = await assetsOf();
    expect(after.script).not.toBe(before.script);
    expect((await get(after.script)).body).toContain('"second"');
    expect((await get(before.script)).statusCode).toBe(404);
    expect(readdirSync(join(root, "dist", "web")).filter((d) => d.startsWith("."))).toEqual([]); // no staging folder left
  });

  it("sends a policy that allows this origin only, with the app's own additions", async () => {
    const page = await get("/demo/");
    const csp = String(page.headers["content-security-policy"]);
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives["default-src"]).toEqual(["'none'"]);
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["style-src"]).toEqual(["'self'"]);
    expect(directives["connect-src"]).toEqual(["'self'", "ws:"]); // from web/demo/app.json
    expect(directives["worker-src"]).toEqual(["'self'", "blob:"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    // Scripts carry it too: a worker's policy is its script's response header.
    const js = await get((await assetsOf()).script);
    expect(js.headers["content-security-policy"]).toBe(csp);
  });

  it("revalidates pages with their ETag", async () => {
    const page = await get("/demo/");
    const again = await get("/demo/", { "if-none-match": String(page.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("serves public/ files as they are, revalidated", async () => {
    const robots = await get("/demo/robots.txt");
    expect(robots.statusCode).toBe(200);
    expect(robots.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(robots.headers["cache-control"]).toBe("no-cache");
    expect(robots.body).toBe("User-agent: *\n");
    const icon = await get("/favicon.svg");
    expect(icon.headers["content-type"]).toBe("image/svg+xml");
    expect(icon.body).toContain("<svg");
  });

  it("answers the app's page for a path without a file extension (deep links), 404 for a missing file", async () => {
    const deep = await get("/demo/network/AP");
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain("<title>demo</title>");

    const missing = await get("/demo/assets/main-NOTTHERE.js");
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(missing.body).toContain("There is no file /demo/assets/main-NOTTHERE.js in the demo app.");
  });

  it("never serves a file outside the app's folder", async () => {
    for (const url of ["/demo/%2e%2e/%2e%2e/%2e%2e/package.json", "/demo/..%2f..%2f..%2fpackage.json", "/demo/assets/%2e%2e/%2e%2e/%2e%2e/tsconfig.web.json", "/demo/%00.js"]) {
      const res = await get(url);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.body, url).not.toContain("compilerOptions");
    }
  });

  it("leaves GraphQL requests alone and gives browsers the IDE (here not built: it says how to build it)", async () => {
    expect((await get("/graphql", { accept: "application/json" })).json()).toEqual({ data: { answered: "by GraphQL" } });
    expect((await get("/graphql", { accept: "*/*" })).json()).toEqual({ data: { answered: "by GraphQL" } });
    const browser = await get("/graphql", { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" });
    expect(browser.statusCode).toBe(503);
    expect(browser.body).toContain("The web app &quot;graphiql&quot; is not built on this server: run npm run build:web");
  });

  it("says how to build an app whose bundle is missing", async () => {
    rmSync(join(root, "dist", "web", "demo"), { recursive: true });
    for (const url of ["/demo/", "/demo/assets/main-X.js", "/demo/network"]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(503);
      expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(res.body).toContain("run npm run build:web");
    }
    // The home app is not in this fixture at all.
    expect((await get("/")).statusCode).toBe(503);
    expect((await get("/nothing-here/")).statusCode).toBe(404);
  });
});
