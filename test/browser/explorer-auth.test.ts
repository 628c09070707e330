import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/server.js";
import { testCredentials } from "../support/auth.js";
import { useBrowser } from "../support/browser.js";
import { silentLogger } from "../support/db.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/** The explorer against a server where every request needs a credential (COOPGRAPH_READ_ACCESS=authenticated). */
describe("the explorer with COOPGRAPH_READ_ACCESS=authenticated", () => {
  const graph = usePreparedGraph();
  const newPage = useBrowser();
  const credentials = testCredentials("authenticated");
  let app: App;
  let base: string;

  beforeAll(async () => {
    app = await buildApp({ db: graph().db, logger: silentLogger, auth: credentials.settings });
    await app.listen({ host: "127.0.0.1", port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/explorer/`;
  });
  afterAll(() => app?.close());

  const settled = async (page: Page): Promise<string> => {
    // A selector, not a predicate: the page's CSP refuses the eval a predicate given as text needs.
    await page.locator('body[data-state="ready"], body[data-state="error"]').waitFor({ timeout: 60_000 });
    return (await page.locator("body").getAttribute("data-state"))!;
  };
  const useKey = async (page: Page, key: string) => {
    await page.fill("#api-key", key);
    await page.click("#key-form button[type=submit]");
    await page.locator('body[data-state="loading"]').waitFor({ timeout: 10_000 }).catch(() => undefined);
    return settled(page);
  };

  it("without a key, then with an expired one: the server's reason in the page; with a valid key the view draws; the key stays in the session", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}?open=member:jpn`);
    expect(await settled(page)).toBe("error");
    expect(await page.locator("#message").textContent()).toContain("The server refused the request");
    expect(await page.evaluate("document.activeElement.id")).toBe("api-key");

    // Well past the server's clock tolerance.
    const expired = await credentials.jwt(["reader"], { expiresIn: "10 minutes ago" });
    expect(await useKey(page, expired)).toBe("error");
    expect(await page.locator("#message").textContent()).toMatch(/expired/i);

    expect(await useKey(page, credentials.keys.reader)).toBe("ready");
    expect(await page.locator("#graph").getAttribute("data-nodes")).not.toBe("0");
    expect(await page.locator("#message").isHidden()).toBe(true);
    // Kept for the tab only: in sessionStorage, never in the URL or localStorage.
    expect(await page.evaluate("Object.values(sessionStorage)")).toEqual([credentials.keys.reader]);
    expect(await page.evaluate("localStorage.length")).toBe(0);
    expect(page.url()).not.toContain(credentials.keys.reader);
    // The only failures are the refused requests the test provoked.
    expect(problems.failedRequests.every((f) => f.includes("/graphql") && f.includes("401"))).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});
