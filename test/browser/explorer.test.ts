import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import * as graphology from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { GraphConstructor } from "graphology-types";
import { CooperationNetworkDocument, NeighbourhoodDocument, NetworkMetricsDocument, ShortestPathDocument } from "../generated/graphql.js";
import { useBrowser, type PageProblems } from "../support/browser.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";
import { seedNodes, seedRels } from "../support/seed-files.js";

/**
 * The explorer in real Chromium, on the seed (the prepared graph: the seed plus generated
 * data, which the explorer leaves out by default). What the page shows is compared with the
 * GraphQL API's answer for the same arguments, asked here through the test's own typed
 * documents, or with the seed files; never with the page's own code.
 */
const JAPAN = "member:jpn";
/** graphology types its CommonJS build as ESM, so NodeNext sees the module where the Graph class is. */
const Graph = graphology.default as unknown as GraphConstructor;
const KYOTO = "event:2019-05-28-wco-asia-pacific-security-conference";
const NIGERIA = "member:nga";
const NAKAE = "person:motoya-nakae";
/** The explorer's first fan-out (web/explorer/state.ts DEFAULT_FANOUT), as docs/explorer.md states it. */
const FANOUT = 15;

const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** A seed entity by id, read from the seed files (the second way to the expected answer). */
function seedRecord(id: string) {
  const record = seedNodes().find((n) => n.id === id);
  if (!record) throw new Error(`no seed record ${id}`);
  return record;
}

/** An attribute of every element a locator matches, in document order (page code stays out of this DOM-less file). */
const attributes = async (locator: Locator, name: string): Promise<string[]> => Promise.all((await locator.all()).map(async (l) => (await l.getAttribute(name)) ?? ""));

describe("the explorer (/explorer) in Chromium", () => {
  const graph = usePreparedGraph();
  const newPage = useBrowser();
  let base: string;

  beforeAll(async () => {
    const app = graph().app;
    await app.listen({ host: "127.0.0.1", port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/explorer/`;
  });

  /** Waits until the page says it is ready (or failed), and returns which. */
  const settled = async (page: Page): Promise<string> => {
    // A selector, not a predicate: the page's CSP refuses the eval a predicate given as text needs.
    await page.locator('body[data-state="ready"], body[data-state="error"]').waitFor({ timeout: 60_000 });
    return (await page.locator("body").getAttribute("data-state"))!;
  };
  /** After an action that changes the view: the new view has started loading, then settles. */
  const after = async (page: Page, action: () => Promise<unknown>): Promise<string> => {
    const url = page.url();
    await action();
    await page.waitForURL((u) => u.href !== url, { timeout: 10_000 });
    return settled(page);
  };
  const drawnNodes = async (page: Page) => sorted(await attributes(page.locator("#table-nodes tbody tr"), "data-id"));
  const drawnEdges = async (page: Page) => sorted(await attributes(page.locator("#table-edges tbody tr"), "data-id"));
  const clean = (problems: PageProblems) => expect(problems.all()).toEqual([]);

  it('search "Japan" and open it: the drawn entities and edges are the API\'s neighbourhood', async () => {
    const { page, problems } = await newPage();
    await page.goto(base);
    expect(await settled(page)).toBe("ready");
    await page.fill("#search-text", "Japan");
    await page.press("#search-text", "Enter");
    const hit = page.locator(`#search-results li[data-id="${JAPAN}"]`);
    await hit.getByRole("button", { name: "Open: Japan" }).click();
    await page.waitForURL(/open=member%3Ajpn/);
    expect(await settled(page)).toBe("ready");

    const api = await execute(graph().app, NeighbourhoodDocument, { id: JAPAN, depth: 1, limitPerLevel: FANOUT });
    const nodes = api.data!.neighbourhood.nodes.map((n) => n.entityId);
    const edges = api.data!.neighbourhood.relationships.map((r) => pair(r.from, r.to));
    expect(nodes.length).toBeGreaterThan(1);
    expect(await drawnNodes(page)).toEqual(sorted(nodes));
    expect(await drawnEdges(page)).toEqual(sorted(edges));
    // The drawing holds the same counts (the table is built from the same model).
    expect(await page.locator("#graph").getAttribute("data-nodes")).toBe(String(nodes.length));
    expect(await page.locator("#selection-title").textContent()).toBe("Japan");
    clean(problems);
    await page.close();
  });

  it('a busy entity draws 15 neighbours with "and N more", and "Show more" draws the next 15, as the API bounds them', async () => {
    const { page, problems } = await newPage();
    const wco = "organization:wco";
    await page.goto(`${base}?open=${wco}&select=${wco}&tab=table`);
    expect(await settled(page)).toBe("ready");
    const first = await execute(graph().app, NeighbourhoodDocument, { id: wco, depth: 1, limitPerLevel: FANOUT });
    const wide = await execute(graph().app, NeighbourhoodDocument, { id: wco, depth: 1, limitPerLevel: 100 });
    const more = wide.data!.neighbourhood.nodes.length - first.data!.neighbourhood.nodes.length;
    expect(more).toBeGreaterThan(0);
    expect(await drawnNodes(page)).toEqual(sorted(first.data!.neighbourhood.nodes.map((n) => n.entityId)));
    const notice = page.locator("#panel p.more");
    expect(await notice.textContent()).toContain(`and ${wide.data!.neighbourhood.nodes.length > 100 ? "at least " : ""}${more} more neighbours not drawn`);

    expect(await after(page, () => notice.getByRole("button", { name: "Show more" }).click())).toBe("ready");
    const second = await execute(graph().app, NeighbourhoodDocument, { id: wco, depth: 1, limitPerLevel: 2 * FANOUT });
    expect(await drawnNodes(page)).toEqual(sorted(second.data!.neighbourhood.nodes.map((n) => n.entityId)));
    expect(page.url()).toContain(`open=${encodeURIComponent(wco)}*${2 * FANOUT}`);
    clean(problems);
    await page.close();
  });

  it("the cooperation network of region AP for programme PAX: the API's nodes and edges (10 and 45 on the seed)", async () => {
    const { page, problems } = await newPage();
    await page.goto(base);
    await settled(page);
    await page.selectOption("#net-region", "AP");
    await page.fill("#net-programme", "PAX");
    expect(await after(page, () => page.click("#net-draw"))).toBe("ready");

    const api = await execute(graph().app, CooperationNetworkDocument, { region: "AP", programme: "PAX" });
    const net = api.data!.cooperationNetwork;
    expect([net.nodes.length, net.edges.length]).toEqual([10, 45]);
    await page.click("#tab-table");
    await page.waitForSelector("#tables:not([hidden])");
    expect(await drawnNodes(page)).toEqual(sorted(net.nodes.map((n) => n.entityId)));
    expect(await drawnEdges(page)).toEqual(sorted(net.edges.map((e) => pair(e.source, e.target))));
    // Each edge's weight, as the table shows it.
    const rows = await page.locator("#table-edges tbody tr").all();
    const weights = await Promise.all(rows.map(async (r) => [await r.getAttribute("data-id"), await r.locator("td.num").textContent()]));
    expect(Object.fromEntries(weights)).toEqual(Object.fromEntries(net.edges.map((e) => [pair(e.source, e.target), String(e.weight)])));
    expect(await page.locator("#synthetic-banner").isHidden()).toBe(true);
    clean(problems);
    await page.close();
  });

  it("the path from Nigeria to Motoya Nakae: as long as the API's, each step a seed relationship with its sources", async () => {
    const { page, problems } = await newPage();
    await page.goto(base);
    await settled(page);
    await page.fill("#path-from", NIGERIA);
    await page.fill("#path-to", NAKAE);
    expect(await after(page, () => page.click("#path-find"))).toBe("ready");

    // Several paths are shortest (docs/querying.md): the page's is checked against the seed,
    // its length against the API's.
    const api = await execute(graph().app, ShortestPathDocument, { from: NIGERIA, to: NAKAE, maxHops: 6 });
    expect(api.data!.shortestPath!.length).toBe(4);
    const shown = page.locator("#panel section.path ol.steps > li");
    const steps = (await attributes(shown, "data-step")).map((s) => s.split(" ") as [string, string, string]);
    expect(steps.length).toBe(api.data!.shortestPath!.length);
    const rels = seedRels();
    let at = NIGERIA;
    const pathNodes = [at];
    for (const [i, [from, type, to]] of steps.entries()) {
      expect([from, to], `step ${i + 1} starts where the last ended`).toContain(at);
      at = from === at ? to : from;
      pathNodes.push(at);
      const stated = rels.filter((r) => r.type === type && r.from === from && r.to === to);
      expect(stated.length, `${from} ${type} ${to} is in the seed`).toBeGreaterThan(0);
      const cited = await attributes(shown.nth(i).locator("li.source"), "data-source");
      expect(stated.map((r) => sorted(r.sources))).toContainEqual(sorted(cited));
    }
    expect(at).toBe(NAKAE);
    // The path's entities are drawn, marked in the table.
    expect(await after(page, () => page.click("#tab-table"))).toBe("ready");
    const rows = await page.locator("#table-nodes tbody tr").all();
    const marked = await Promise.all(rows.map(async (r) => ((await r.locator("td").allTextContents()).includes("yes") ? await r.getAttribute("data-id") : null)));
    const onPath = marked.filter((id): id is string => id !== null);
    expect(sorted(onPath)).toEqual(sorted(pathNodes));
    clean(problems);
    await page.close();
  });

  it("clicking the Kyoto conference in the drawing shows its sources, linked as the seed records them", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}?open=${JAPAN}`);
    expect(await settled(page)).toBe("ready");
    const at = (await page.evaluate(`window.coopgraphExplorer.viewportPosition(${JSON.stringify(KYOTO)})`)) as { x: number; y: number } | null;
    const box = await page.locator("#graph").boundingBox();
    expect(at).not.toBeNull();
    expect(await after(page, () => page.mouse.click(box!.x + at!.x, box!.y + at!.y))).toBe("ready");
    expect(await page.locator("#selection-title").textContent()).toContain("WCO Asia/Pacific Security Conference");

    const urls = seedRecord(KYOTO).sources.map((id) => seedRecord(id).props.url as string);
    expect(urls.length).toBeGreaterThan(0);
    const links = await attributes(page.locator("#panel .selection > ul.sources a"), "href");
    expect(sorted(links)).toEqual(sorted(urls));
    clean(problems);
    await page.close();
  });

  it("a deep link reopens the same view, and back and forward step through the actions", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}?open=${JAPAN}&select=${JAPAN}`);
    await settled(page);
    const first = page.url();
    await after(page, () => page.click("#tab-table"));
    await after(page, () => page.locator(`#table-nodes tr[data-id="${KYOTO}"] th button`).click());
    const kyotoView = { url: page.url(), nodes: await drawnNodes(page), title: await page.locator("#selection-title").textContent() };
    expect(kyotoView.title).toContain("WCO Asia/Pacific Security Conference");

    // The link in a fresh page: the same entities, the same selection, the same tab.
    const { page: other, problems: otherProblems } = await newPage();
    await other.goto(kyotoView.url);
    expect(await settled(other)).toBe("ready");
    expect(await drawnNodes(other)).toEqual(kyotoView.nodes);
    expect(await other.locator("#selection-title").textContent()).toBe(kyotoView.title);
    clean(otherProblems);
    await other.close();

    await page.goBack();
    expect(await settled(page)).toBe("ready");
    expect(await page.locator("#selection-title").textContent()).toBe("Japan");
    await page.goBack();
    await settled(page);
    expect(page.url()).toBe(first);
    expect(await page.locator("#graph").isVisible()).toBe(true);
    await page.goForward();
    await page.goForward();
    expect(await settled(page)).toBe("ready");
    expect(page.url()).toBe(kyotoView.url);
    expect(await page.locator("#selection-title").textContent()).toBe(kyotoView.title);
    clean(problems);
    await page.close();
  });

  it("Export PNG downloads a PNG image of the drawing", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}?network=1&region=AP&programme=PAX`);
    expect(await settled(page)).toBe("ready");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const bytes = readFileSync((await download.path())!);
    expect(download.suggestedFilename()).toBe("coopgraph-explorer.png");
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: the image is as large as the drawing (device pixels), not empty.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(100);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(100);
    clean(problems);
    await page.close();
  });

  it("the AP/PAX network coloured by community: the API's community ids, one colour per community", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}?network=1&region=AP&programme=PAX&colour=community`);
    expect(await settled(page)).toBe("ready");
    const api = await execute(graph().app, NetworkMetricsDocument, { region: "AP", programme: "PAX" });
    const nodes = api.data!.cooperationNetwork.nodes;
    expect(await page.locator("#look-colour").inputValue()).toBe("community");
    // The drawing: same community, same colour; different communities, different colours.
    const colours = new Map<string, string>();
    for (const n of nodes) colours.set(n.entityId, (await page.evaluate(`window.coopgraphExplorer.nodeColour(${JSON.stringify(n.entityId)})`)) as string);
    for (const a of nodes) for (const b of nodes) expect(colours.get(a.entityId) === colours.get(b.entityId)).toBe(a.community === b.community);
    await page.click("#tab-table");
    await page.waitForSelector("#tables:not([hidden])");
    const rows = await page.locator("#table-nodes tbody tr").all();
    const shown = await Promise.all(rows.map(async (r) => [await r.getAttribute("data-id"), await r.locator('td[data-column="community"]').textContent()]));
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(nodes.map((n) => [n.entityId, String(n.community)])));
    clean(problems);
    await page.close();
  });

  it("the GEXF export link downloads the view's network: graphology-gexf reads the API's node count", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}?network=1&region=AP&programme=PAX`);
    expect(await settled(page)).toBe("ready");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('#export-links a[href^="/export/network.gexf"]')]);
    const parsed = parseGexf(Graph, readFileSync((await download.path())!, "utf8"));
    const api = await execute(graph().app, CooperationNetworkDocument, { region: "AP", programme: "PAX" });
    expect(parsed.order).toBe(api.data!.cooperationNetwork.nodes.length);
    expect(parsed.size).toBe(api.data!.cooperationNetwork.edges.length);
    clean(problems);
    await page.close();
  });

  it("an unknown id in a link: a message that names it, and no failed request", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}?open=member:no-such-member`);
    expect(await settled(page)).toBe("error");
    await expect.poll(() => page.locator("#message").textContent()).toContain('No entity has the id "member:no-such-member"');
    expect(await page.locator("#message").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Clear the view" }).click();
    expect(await settled(page)).toBe("ready");
    expect(await page.locator("#message").isHidden()).toBe(true);
    clean(problems);
    await page.close();
  });

  it("a server that went away: a message and a retry that works once it is back", async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}?open=${JAPAN}`);
    await settled(page);
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    // The table is behind the Graph tab: its button is pressed as a script would.
    expect(await after(page, () => page.locator(`#table-nodes tr[data-id="${KYOTO}"] th button`).dispatchEvent("click"))).toBe("error");
    expect(await page.locator("#message").textContent()).toContain("cannot be reached");
    await page.unroute("**/graphql");
    await page.getByRole("button", { name: "Try again" }).click();
    expect(await settled(page)).toBe("ready");
    expect(await page.locator("#selection-title").textContent()).toContain("WCO Asia/Pacific Security Conference");
    // The refused requests are the test's own doing; nothing else failed.
    expect(problems.all().filter((p: string) => !p.includes("/graphql"))).toEqual([]);
    await page.close();
  });
});
