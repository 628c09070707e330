import { parse as parseCsv } from "csv-parse/sync";
import * as graphology from "graphology";
import type { GraphConstructor } from "graphology-types";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, describe, expect, it } from "vitest";
import type { RelRow } from "../../src/import/import.reader.js";
import { buildApp, type App } from "../../src/server.js";
import { CooperationNetworkDocument, NeighbourhoodDocument, ShortestPathDocument } from "../generated/graphql.js";
import { bearer, testCredentials } from "../support/auth.js";
import { silentLogger } from "../support/db.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/** graphology types its CommonJS build as ESM, so NodeNext sees the module where the Graph class is. */
const Graph = graphology.default as unknown as GraphConstructor;

/**
 * GET /export/... on the prepared graph (seed + generated data): every format
 * read back by a parser other than the writer, with the same nodes, edges,
 * weights and sources as the GraphQL answer for the same filter and as the
 * network computed from the generated files; access, limits and errors.
 */

type Row = Record<string, string>;
interface Edge {
  source: string;
  target: string;
  weight: number;
}

const graph = usePreparedGraph();
const extraApps: App[] = [];
afterAll(async () => {
  for (const app of extraApps) await app.close();
});

async function appWith(options: Omit<Parameters<typeof buildApp>[0], "db" | "logger">): Promise<App> {
  const app = await buildApp({ db: graph().db, logger: silentLogger, ...options });
  extraApps.push(app);
  return app;
}

function get(url: string, headers: Record<string, string> = {}, app: App = graph().app) {
  return app.inject({ method: "GET", url, headers });
}

/** An undirected edge as "a b" with a < b. */
const pair = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

function sortEdges(edges: Edge[]): Edge[] {
  return [...edges].sort((x, y) => pair(x.source, x.target).localeCompare(pair(y.source, y.target)));
}

/** The member network of a region computed from the files: pairs of members of the region at the same events. */
async function networkFromFiles(region: string | null, minWeight: number): Promise<Map<string, number>> {
  const { rels } = await graph().records();
  const regionOf = new Map<string, string>();
  const byEvent = new Map<string, Set<string>>();
  for (const r of rels) {
    if (r.type === "IN_REGION") regionOf.set(r.from, r.to);
    if (r.type === "PARTICIPATED_IN" && r.from.startsWith("member:")) byEvent.set(r.to, (byEvent.get(r.to) ?? new Set()).add(r.from));
  }
  const weights = new Map<string, number>();
  for (const members of byEvent.values()) {
    const kept = [...members].filter((m) => region === null || regionOf.get(m) === region);
    for (let i = 0; i < kept.length; i++) {
      for (let j = i + 1; j < kept.length; j++) weights.set(pair(kept[i]!, kept[j]!), (weights.get(pair(kept[i]!, kept[j]!)) ?? 0) + 1);
    }
  }
  return new Map([...weights].filter(([, w]) => w >= minWeight));
}

async function sourcesOfNodes(): Promise<Map<string, string[]>> {
  const { nodes } = await graph().records();
  return new Map(nodes.map((n) => [n.id, (n.props.sources as string[] | undefined) ?? []]));
}

describe("GET /export/network.<format>: the cooperation network", () => {
  const query = "region=AP&minWeight=2&includeSynthetic=true";

  async function graphqlAnswer() {
    const res = await execute(graph().app, CooperationNetworkDocument, { region: "AP", minWeight: 2, maxEdges: 2000, includeSynthetic: true });
    expect(res.errors).toBeUndefined();
    return res.data!.cooperationNetwork;
  }

  it("GEXF 1.3: graphology-gexf reads the GraphQL answer's nodes, degrees, strengths and weights, the files' network, and each node's sources", async () => {
    const res = await get(`/export/network.gexf?${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/gexf+xml; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="coopgraph-network-includeSynthetic-true-region-AP-minWeight-2.gexf"');
    expect(res.headers.etag).toMatch(/^"\d+-[0-9a-f]{32}"$/);
    const g = parseGexf(Graph, res.body);
    const answer = await graphqlAnswer();
    const files = await networkFromFiles("region:ap", 2);
    expect(files.size).toBeGreaterThan(50);

    expect(g.order).toBe(answer.nodes.length);
    expect(g.size).toBe(answer.edges.length);
    for (const n of answer.nodes) expect(g.getNodeAttributes(n.entityId)).toMatchObject({ type: "Member", degree: n.degree, strength: n.strength });
    const exported = g.mapEdges((_e, a, s, t) => ({ source: s, target: t, weight: a.weight as number }));
    expect(sortEdges(exported)).toEqual(sortEdges(answer.edges));
    expect(new Map(exported.map((e) => [pair(e.source, e.target), e.weight]))).toEqual(files);

    const sources = await sourcesOfNodes();
    g.forEachNode((id, a) => expect(a.sources ?? []).toEqual(sources.get(id)));
    expect(g.someNode((_id, a) => Array.isArray(a.sources) && a.sources.length > 0)).toBe(true);
  });

  it("GraphML, CSV, Cytoscape.js JSON and JSON lines hold the same nodes and edges as the GEXF", async () => {
    const answer = await graphqlAnswer();
    const expected = sortEdges(answer.edges);
    const ids = answer.nodes.map((n) => n.entityId).sort();

    const graphml = parseGraphml(Graph, (await get(`/export/network.graphml?${query}`)).body);
    expect(graphml.nodes().sort()).toEqual(ids);
    expect(sortEdges(graphml.mapEdges((_e, a, s, t) => ({ source: s, target: t, weight: a.weight as number })))).toEqual(expected);
    for (const n of answer.nodes) expect(graphml.getNodeAttributes(n.entityId)).toMatchObject({ degree: n.degree, strength: n.strength });

    const nodesCsv = await get(`/export/network.nodes.csv?${query}`);
    expect(nodesCsv.headers["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(nodesCsv.headers["content-disposition"]).toContain('.nodes.csv"');
    const nodeRows = parseCsv(nodesCsv.body, { columns: true }) as Row[];
    expect(nodeRows.map((r) => r.id).sort()).toEqual(ids);
    const byId = new Map(answer.nodes.map((n) => [n.entityId, n]));
    for (const r of nodeRows) expect([Number(r.degree), Number(r.strength)]).toEqual([byId.get(r.id!)!.degree, byId.get(r.id!)!.strength]);
    const edgeRows = parseCsv((await get(`/export/network.edges.csv?${query}`)).body, { columns: true }) as Row[];
    expect(sortEdges(edgeRows.map((r) => ({ source: r.source!, target: r.target!, weight: Number(r.weight) })))).toEqual(expected);

    const cy = JSON.parse((await get(`/export/network.cyjs?${query}`)).body) as { elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] } };
    expect(cy.elements.nodes.map((n) => n.data.id).sort()).toEqual(ids);
    expect(sortEdges(cy.elements.edges.map((e) => ({ source: String(e.data.source), target: String(e.data.target), weight: Number(e.data.weight) })))).toEqual(expected);

    const jsonl = await get(`/export/network.jsonl?${query}`);
    expect(jsonl.headers["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    const records = jsonl.body.trimEnd().split("\n").map((l) => JSON.parse(l) as { record: string; id: string; source?: string; target?: string; weight?: number; sources: { id: string; title: string | null }[] });
    expect(records.filter((r) => r.record === "entity").map((r) => r.id).sort()).toEqual(ids);
    expect(sortEdges(records.filter((r) => r.record === "edge").map((r) => ({ source: r.source!, target: r.target!, weight: r.weight! })))).toEqual(expected);
    // Sources are spelled out from the Source entities: every cited one has its title.
    const { nodes } = await graph().records();
    const titles = new Map(nodes.filter((n) => n.label === "Source").map((n) => [n.id, n.props.title as string]));
    const cited = records.flatMap((r) => r.sources);
    expect(cited.length).toBeGreaterThan(0);
    for (const s of cited) expect(s.title).toBe(titles.get(s.id));
  });

  it("maxEdges keeps the heaviest edges, as cooperationNetwork does", async () => {
    const answer = await execute(graph().app, CooperationNetworkDocument, { region: "AP", minWeight: 2, maxEdges: 10, includeSynthetic: true });
    const rows = parseCsv((await get(`/export/network.edges.csv?${query}&maxEdges=10`)).body, { columns: true }) as Row[];
    expect(rows.map((r) => ({ source: r.source, target: r.target, weight: Number(r.weight) }))).toEqual(answer.data!.cooperationNetwork.edges);
  });

  it("the ego network of an actor: it, its partners and the edges among them, as computed from the files", async () => {
    const files = await networkFromFiles(null, 1);
    const id = "member:jpn";
    const members = new Set([id]);
    for (const key of files.keys()) {
      const [a, b] = key.split(" ") as [string, string];
      if (a === id) members.add(b);
      if (b === id) members.add(a);
    }
    const expected = new Map([...files].filter(([key]) => key.split(" ").every((m) => members.has(m))));
    expect(members.size).toBeGreaterThan(3);

    const res = await get(`/export/ego.graphml?id=${id}&includeSynthetic=true`);
    expect(res.statusCode).toBe(200);
    const g = parseGraphml(Graph, res.body);
    expect(new Set(g.nodes())).toEqual(members);
    expect(new Map(g.mapEdges((_e, a, s, t) => [pair(s, t), a.weight as number]))).toEqual(expected);
  });
});

describe("GET /export/neighbourhood and /export/path: relationships with their sources", () => {
  const relKey = (r: { type: string; from: string; to: string }) => `${r.from} ${r.type} ${r.to}`;

  async function relSources(): Promise<Map<string, string[]>> {
    const { rels } = await graph().records();
    return new Map(rels.map((r: RelRow) => [relKey(r), (r.props.sources as string[] | undefined) ?? []]));
  }

  it("a neighbourhood as GEXF: the GraphQL answer's nodes, levels and relationships, directed, each with the sources the files give it", async () => {
    const res = await get("/export/neighbourhood.gexf?id=member:jpn&depth=2&limitPerLevel=10");
    expect(res.statusCode).toBe(200);
    const g = parseGexf(Graph, res.body);
    const answer = (await execute(graph().app, NeighbourhoodDocument, { id: "member:jpn", depth: 2, limitPerLevel: 10 })).data!.neighbourhood;
    expect(g.type).toBe("directed");
    expect(new Map(g.mapNodes((id, a) => [id, a.level]))).toEqual(new Map(answer.nodes.map((n) => [n.entityId, n.level])));
    g.forEachNode((id, a) => expect(a.type).toBe(answer.nodes.find((n) => n.entityId === id)!.node.__typename));
    const exported = g.mapEdges((_e, a, s, t) => ({ type: a.type as string, from: s, to: t, role: (a.role as string | undefined) ?? null, sources: (a.sources as string[] | undefined) ?? [] }));
    expect(exported.map(relKey).sort()).toEqual(answer.relationships.map(relKey).sort());
    const sources = await relSources();
    for (const e of exported) expect(e.sources).toEqual(sources.get(relKey(e)));
    expect(exported.some((e) => e.sources.length > 0)).toBe(true);
  });

  it("a shortest path as CSV: the GraphQL answer's steps in order, with their sources", async () => {
    const args = { from: "member:nga", to: "person:motoya-nakae" };
    const answer = (await execute(graph().app, ShortestPathDocument, args)).data!.shortestPath!;
    const nodes = parseCsv((await get(`/export/path.nodes.csv?from=${args.from}&to=${args.to}`)).body, { columns: true }) as Row[];
    expect(nodes.map((n) => [n.id, Number(n.position)])).toEqual(answer.nodes.map((n, i) => [n.id, i]));
    const edges = parseCsv((await get(`/export/path.edges.csv?from=${args.from}&to=${args.to}`)).body, { columns: true }) as Row[];
    expect(edges.map((e) => ({ type: e.type, from: e.source, to: e.target, role: e.role || null, sources: e.sources ? e.sources.split("|") : [] }))).toEqual(answer.steps);
  });
});

describe("GET /export: refusals are JSON errors naming the problem, never a partial file", () => {
  const cases: [string, string, number, string, RegExp][] = [
    ["an unknown export", "/export/hairball.gexf", 404, "NOT_FOUND", /No export "hairball": exports are network, ego, neighbourhood, path/],
    ["an unknown format", "/export/network.xlsx", 404, "NOT_FOUND", /No format "xlsx": formats are gexf, graphml, nodes.csv, edges.csv, cyjs, jsonl/],
    ["an unknown region", "/export/network.gexf?region=MARS", 400, "BAD_USER_INPUT", /region "MARS" is not a region code/],
    ["an unknown programme", "/export/network.gexf?programme=NOPE", 400, "BAD_USER_INPUT", /unknown programme code\(s\): "NOPE"/],
    ["a period the wrong way round", "/export/network.gexf?from=2020&to=2019", 400, "BAD_USER_INPUT", /from/],
    ["a date that is none", "/export/network.gexf?from=May", 400, "BAD_USER_INPUT", /^from: .*PartialDate must be YYYY-MM-DD, YYYY-MM or YYYY/],
    ["an unknown parameter", "/export/network.gexf?colour=red", 400, "BAD_USER_INPUT", /Unknown parameter "colour"; this export takes .*region/],
    ["a number that is none", "/export/network.gexf?minWeight=two", 400, "BAD_USER_INPUT", /minWeight must be a whole number; got "two"/],
    ["an unknown fold role", "/export/network.gexf?foldMembers=true&foldRoles=NEPHEW", 400, "BAD_USER_INPUT", /^foldRoles: /],
    ["an unknown id", "/export/neighbourhood.gexf?id=member:atlantis", 404, "NOT_FOUND", /No entity has the id "member:atlantis"/],
    ["an ego of an event", "/export/ego.gexf?id=event:2019-05-28-wco-asia-pacific-security-conference", 400, "BAD_USER_INPUT", /is a Event; an ego network is asked of a Member or an Organization/],
    ["a missing id", "/export/neighbourhood.gexf", 400, "BAD_USER_INPUT", /The parameter id is required/],
    ["a neighbourhood too deep", "/export/neighbourhood.gexf?id=member:jpn&depth=9", 400, "BAD_USER_INPUT", /depth is 9, over the maximum of 3/],
    ["no path", "/export/path.gexf?from=member:jpn&to=member:nga&maxHops=1", 404, "NOT_FOUND", /No path of at most 1 relationships joins member:jpn and member:nga/],
  ];

  it.each(cases)("%s", async (_what, url, status, code, message) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.headers["content-disposition"]).toBeUndefined();
    const body = res.json() as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe(code);
    expect(body.errors[0]!.message).toMatch(message);
  });

  it("a network over the export limit is refused with its size and the limit; maxEdges within the limit is served", async () => {
    const app = await appWith({ limits: { exportMaxEdges: 20 } });
    const total = (await execute(app, CooperationNetworkDocument, { region: "AP", includeSynthetic: true, maxEdges: 1 })).data!;
    const res = await get("/export/network.gexf?region=AP&includeSynthetic=true", {}, app);
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-disposition"]).toBeUndefined();
    const error = (res.json() as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0]!;
    expect(error.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "exportEdges", maximum: 20 });
    expect(error.message).toMatch(/^Export limit exceeded: the cooperation network of this filter has [\d,]+ edges, over the export limit of 20/);
    expect(total).toBeDefined();
    const cut = await get("/export/network.edges.csv?region=AP&includeSynthetic=true&maxEdges=20", {}, app);
    expect((parseCsv(cut.body, { columns: true }) as Row[]).length).toBe(20);
    expect((await get("/export/network.gexf?region=AP&includeSynthetic=true&maxEdges=21", {}, app)).statusCode).toBe(400);
  });
});

describe("GET /export: the access rules, rate limit and ETags of GraphQL reads", () => {
  it("needs a credential when reads are authenticated, and takes a reader's key or JWT", async () => {
    const creds = testCredentials("authenticated");
    const app = await appWith({ auth: creds.settings });
    const url = "/export/network.gexf?region=AP";
    const refused = await get(url, {}, app);
    expect(refused.statusCode).toBe(401);
    expect((refused.json() as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
    expect((await get(url, bearer("cgk_not-a-key"), app)).statusCode).toBe(401);
    expect((await get(url, bearer(creds.keys.reader), app)).statusCode).toBe(200);
    expect((await get(url, bearer(await creds.jwt(["researcher"])), app)).statusCode).toBe(200);
  });

  it("counts exports against the rate limit", async () => {
    const app = await appWith({ ops: { rateLimit: { max: 2, windowMs: 60_000 } } });
    const url = "/export/network.cyjs?region=AP";
    expect((await get(url, {}, app)).statusCode).toBe(200);
    expect((await get(url, {}, app)).statusCode).toBe(200);
    const limited = await get(url, {}, app);
    expect(limited.statusCode).toBe(429);
    expect((limited.json() as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("RATE_LIMITED");
  });

  it("answers 304 to a matching If-None-Match, and a new tag for another filter", async () => {
    const first = await get("/export/network.gexf?region=AP");
    const etag = String(first.headers.etag);
    const again = await get("/export/network.gexf?region=AP", { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    expect((await get("/export/network.gexf?region=EUR")).headers.etag).not.toBe(etag);
  });
});
