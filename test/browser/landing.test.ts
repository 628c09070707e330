import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { SERVICE_VERSION } from "../../src/version.js";
import { discoverApps } from "../../src/web/web.apps.js";
import { listenOnLoopback, useTestApp } from "../support/app.js";
import { useBrowser } from "../support/browser.js";

describe("the landing page at / in Chromium", () => {
  const app = useTestApp({ seed: true });
  const newPage = useBrowser();
  let origin: string;

  it("loads with no console error, no failed request, everything from this server", async () => {
    origin = new URL(await listenOnLoopback(app())).origin;
    const { page, problems } = await newPage();
    const response = await page.goto(`${origin}/`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.textContent("h1")).toBe("coopgraph");
    // The footer asks the API for the version: the page really talked to it.
    await expect.poll(() => page.textContent("#version"), { timeout: 30_000 }).toContain(`coopgraph ${SERVICE_VERSION}`);
    expect(problems.all()).toEqual([]);
    expect(problems.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(problems.requests.some((url) => /\/home\/assets\/main-[A-Z0-9]+\.js$/.test(url))).toBe(true);
  });

  it("links to the explorer, the GraphQL IDE and the documentation, and every link works", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${origin}/`, { waitUntil: "networkidle" });
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const links = hrefs.map((href) => new URL(href, page.url()).href);
    const paths = links.map((l) => new URL(l).pathname);
    expect(paths).toEqual(expect.arrayContaining(["/explorer/", "/graphql", "/docs/README.md", "/docs/querying.md", "/docs/architecture.md"]));

    // The explorer is built on its own branch; until it is merged its link has nothing behind it.
    const explorerHere = discoverApps().some((a) => a.name === "explorer");
    for (const link of links) {
      if (new URL(link).pathname === "/explorer/" && !explorerHere) continue;
      expect(new URL(link).origin, link).toBe(origin);
      // A page of its own for each: leaving a page aborts what it still loads (the IDE loads editor modes lazily).
      const target = await newPage();
      const response = await target.page.goto(link, { waitUntil: "networkidle" });
      expect(response?.status(), link).toBe(200);
      expect(target.problems.all(), link).toEqual([]);
    }
    expect(problems.all()).toEqual([]);
  });

  it("shows each document exactly as the repository holds it", async () => {
    const { page } = await newPage();
    for (const [path, file] of [
      ["/docs/querying.md", "docs/querying.md"],
      ["/docs/README.md", "README.md"],
    ]) {
      const response = await page.goto(`${origin}${path}`);
      expect(response?.headers()["content-type"]).toBe("text/plain; charset=utf-8");
      expect(await response?.text()).toBe(readFileSync(join(projectRoot(), file!), "utf8"));
    }
  });
});
