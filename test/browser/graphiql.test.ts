import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, type GraphQLObjectType } from "graphql";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { listenOnLoopback, useTestApp } from "../support/app.js";
import { testCredentials } from "../support/auth.js";
import { useBrowser } from "../support/browser.js";

/** The Query type's fields, from the committed schema file (not from the server under test). */
const queryFields = () => {
  const schema = buildSchema(readFileSync(join(projectRoot(), "schema", "schema.graphql"), "utf8"));
  return Object.keys((schema.getQueryType() as GraphQLObjectType).getFields()).sort();
};

async function openDocsAtQuery(page: Page): Promise<string[]> {
  await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
  await page.locator(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name", { hasText: /^Query$/ }).first().click();
  await page.locator(".graphiql-doc-explorer-title", { hasText: /^Query$/ }).waitFor();
  return (await page.locator(".graphiql-doc-explorer a.graphiql-doc-explorer-field-name").allTextContents()).sort();
}

/** Runs the tab's query and returns the response pane's text once an answer is in it. */
async function runQuery(page: Page): Promise<string> {
  // A click before GraphiQL has put the tab's query in its editor runs nothing (seen on a loaded machine).
  await expect.poll(() => page.locator(".graphiql-query-editor .CodeMirror-code").textContent(), { timeout: 30_000 }).toMatch(/query \w+/);
  await page.locator(".graphiql-execute-button").click();
  const result = page.locator(".result-window .CodeMirror-code");
  await expect.poll(() => result.textContent(), { timeout: 60_000 }).toMatch(/"(data|errors)"/);
  return (await result.textContent()) ?? "";
}

describe("the GraphQL IDE at /graphql in Chromium", () => {
  const app = useTestApp({ seed: true });
  const newPage = useBrowser();
  let origin: string;

  it("loads GraphiQL with the headline query, from this server only", async () => {
    origin = new URL(await listenOnLoopback(app())).origin;
    const { page, problems } = await newPage();
    const response = await page.goto(`${origin}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.locator(".graphiql-container").waitFor();
    await expect.poll(() => page.locator(".graphiql-query-editor .CodeMirror-code").textContent(), { timeout: 30_000 }).toContain('membersInProgrammes(programmes: ["PGS", "SALW"], match: ALL)');
    expect(problems.all()).toEqual([]);
    // Offline: not one request to another origin (no CDN, font or Sandbox script).
    expect(problems.requests.length).toBeGreaterThan(1);
    expect(problems.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it("documents the schema (introspection): the Query type's fields are the schema's", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${origin}/graphql`);
    expect(await openDocsAtQuery(page)).toEqual(queryFields());
    expect(problems.all()).toEqual([]);
  });

  it("runs the headline query: Japan took part in both programmes", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${origin}/graphql`);
    const text = await runQuery(page);
    expect(text).toContain('"name": "Japan"');
    expect(text).toContain('"administrationName": "Japan Customs"');
    expect(text).not.toContain('"errors"');
    expect(problems.all()).toEqual([]);
    expect(problems.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  // Last: GraphiQL keeps a linked query in the tab it opened it in (local storage, shared by this file's pages).
  it("opens a link's operation: /graphql?query=... shows that query", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${origin}/graphql?query=${encodeURIComponent("query Linked { about { version } }")}`);
    await expect.poll(() => page.locator(".graphiql-query-editor .CodeMirror-code").textContent(), { timeout: 30_000 }).toContain("query Linked { about { version } }");
    expect(problems.all()).toEqual([]);
  });
});

describe("the GraphQL IDE when reads need a credential", () => {
  const credentials = testCredentials("authenticated");
  const app = useTestApp({ seed: true, auth: credentials.settings });
  const newPage = useBrowser();

  it("says a key is needed, then takes one and works with it", async () => {
    const origin = new URL(await listenOnLoopback(app())).origin;
    const { page, problems } = await newPage();
    await page.goto(`${origin}/graphql`);
    await page.locator(".graphiql-container").waitFor();
    // Without a key the schema cannot be read: GraphiQL says why, with the server's message.
    const unauthenticated = await runQuery(page);
    expect(unauthenticated).toContain("UNAUTHENTICATED");
    const refused = problems.failedRequests.splice(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => r.endsWith("/graphql: HTTP 401"))).toBe(true);
    problems.consoleErrors.splice(0); // Chromium logs each 401 as "Failed to load resource"

    await page.getByLabel("API key").fill(credentials.keys.reader);
    await page.getByRole("button", { name: "Use key" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("key in use");
    expect(await openDocsAtQuery(page)).toEqual(queryFields());
    expect(await runQuery(page)).toContain('"name": "Japan"');
    expect(problems.all()).toEqual([]);
    // The key stays in this tab's session storage, never in local storage.
    const stored = await page.context().storageState();
    expect(stored.origins.find((o) => o.origin === origin)?.localStorage.length).toBeGreaterThan(0); // GraphiQL keeps its tabs there
    expect(JSON.stringify(stored)).not.toContain(credentials.keys.reader);
  });
});
