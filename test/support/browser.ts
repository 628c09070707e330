import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** Debian's Chromium (package `chromium`); CHROMIUM_PATH names another build. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Without the networking switches Chromium reaches for Google's services at start
 * (and its own connections get refused on these machines); the sandbox needs
 * privileges a CI container lacks.
 */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile in a temporary folder, removed on close. */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the browser tests drive Debian's Chromium. ` +
        "Install the Debian package `chromium` (sudo apt-get install chromium), or set CHROMIUM_PATH to a Chromium binary.",
    );
  }
  // Playwright refuses --user-data-dir in args: a persistent context is how it takes a profile folder.
  const profile = mkdtempSync(join(tmpdir(), "coopgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What went wrong on a page: console errors, uncaught exceptions, failed or refused requests. */
export interface PageProblems {
  /** Console messages of type error (CSP violations and 4xx/5xx resources are among them). */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Requests that failed at the network level, or were answered 400 or above. */
  failedRequests: string[];
  /** Every URL the page asked for. */
  requests: string[];
  /** All of the problems above, as one list (empty when the page behaved). */
  all(): string[];
}

/** Starts recording a page's problems; assert `problems.all()` is empty at the end of the test. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    requests: [],
    all: () => [...problems.consoleErrors.map((e) => `console: ${e}`), ...problems.pageErrors.map((e) => `page error: ${e}`), ...problems.failedRequests],
  };
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => problems.pageErrors.push(err.message));
  page.on("request", (request) => problems.requests.push(request.url()));
  page.on("requestfailed", (request) => problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? "failed"}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

/**
 * Registers beforeAll/afterAll for one browser per test file and returns a
 * getter for a new page with its problem recorder.
 */
export function useBrowser(): () => Promise<{ page: Page; problems: PageProblems }> {
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  return async () => {
    if (!browser) throw new Error("the browser is not started yet");
    const page = await browser.context.newPage();
    return { page, problems: watchPage(page) };
  };
}
