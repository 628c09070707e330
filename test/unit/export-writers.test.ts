import "reflect-metadata";
import { Readable } from "node:stream";
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import * as graphology from "graphology";
import type { GraphConstructor } from "graphology-types";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { firstDay, lastDay } from "../../src/export/export.dates.js";
import { FORMATS } from "../../src/export/export.formats.js";
import { networkParts } from "../../src/export/export.graph.js";
import type { ExportGraph } from "../../src/export/export.model.js";
import { fileName } from "../../src/export/export.routes.js";
import type { EntityValue } from "../../src/entity/entity.model.js";

/** graphology types its CommonJS build as ESM, so NodeNext sees the module where the Graph class is. */
const Graph = graphology.default as unknown as GraphConstructor;

/**
 * Every writer's file read back by a parser other than the writer, on a small
 * graph whose texts hold everything that breaks a careless writer: markup,
 * quotes, newlines, a tab, control characters XML cannot carry, separators and
 * characters outside the BMP.
 */

const NASTY = `A <b> & "q" 'a', x|y; z\nline\ttab\u0001\u0008 \u{1F30F} é`;
/** What XML can carry of NASTY: the two control characters are dropped. */
const NASTY_IN_XML = NASTY.replace("\u0001", "").replace("\u0008", "");

function entity(id: string, typename: EntityValue["__typename"], props: Record<string, unknown>): EntityValue {
  return { id, __typename: typename, sources: [], synthetic: false, uncertain: false, alternatives: [], ...props };
}

const entities = new Map<string, EntityValue>([
  ["member:jpn", entity("member:jpn", "Member", { name: "Japan", iso3: "JPN", kind: "COUNTRY", sources: ["source:a", "source:b"] })],
  ["member:idn", entity("member:idn", "Member", { name: NASTY, iso3: "IDN", kind: "COUNTRY", sources: ["source:b"], uncertain: true })],
  ["organization:wco", entity("organization:wco", "Organization", { name: "World Customs Organization", kind: "INTERGOVERNMENTAL", sources: [] })],
]);

/** A network as the analysis gives it, with the edge fields it adds (dates, weight per year, sources) on one edge and not the other. */
function graph(): ExportGraph {
  const parts = networkParts(
    {
      nodes: [
        { id: "member:jpn", degree: 2, strength: 5, keptDegree: 2, keptStrength: 5, via: [] },
        { id: "member:idn", degree: 1, strength: 3, keptDegree: 1, keptStrength: 3, via: [{ organizationId: "organization:bc", memberId: "member:idn", role: "ADMINISTRATION", uncertain: false, uncertainty: null }] },
        { id: "organization:wco", degree: 1, strength: 2, keptDegree: 1, keptStrength: 2, via: [] },
      ],
      edges: [
        { source: "member:idn", target: "member:jpn", weight: 3, firstDate: "2018-10", lastDate: "2019", weightByYear: [{ year: 2018, weight: 1 }, { year: 2019, weight: 2 }], undatedWeight: 0, sources: ["source:a", "source:c"] },
        { source: "member:jpn", target: "organization:wco", weight: 2, firstDate: null, lastDate: null, weightByYear: [], undatedWeight: 2, sources: [] },
      ],
    },
    entities,
  );
  return { kind: "network", description: `Test ${NASTY}`, directed: false, ...parts, entities: new Map(), sources: new Map() };
}

async function text(format: string, g: ExportGraph = graph()): Promise<string> {
  const f = FORMATS.find((x) => x.name === format)!;
  const chunks: Buffer[] = [];
  for await (const chunk of f.write(g, "2026-11-29") as Readable) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

describe("export writers, read back by other parsers", () => {
  it("GEXF 1.3: graphology-gexf reads the nodes, edges, weights and typed attributes; spells hold the first day of the first date and the last day of the last", async () => {
    const xml = await text("gexf");
    const g = parseGexf(Graph, xml);
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(g.type).toBe("undirected");
    expect(g.getNodeAttributes("member:idn")).toMatchObject({ label: NASTY_IN_XML, type: "Member", iso3: "IDN", degree: 1, strength: 3, uncertain: true, sources: ["source:b"], folded: ["organization:bc"] });
    expect(g.getNodeAttributes("member:jpn")).toMatchObject({ label: "Japan", degree: 2, strength: 5, uncertain: false, sources: ["source:a", "source:b"], firstDate: "2018-10", lastDate: "2019" });
    const dated = g.getEdgeAttributes(g.edge("member:idn", "member:jpn")!);
    expect(dated).toMatchObject({ weight: 3, sources: ["source:a", "source:c"], firstDate: "2018-10", lastDate: "2019", weight_2018: 1, weight_2019: 2 });
    // Years an edge has no weight in take the declared default.
    expect(g.getEdgeAttributes(g.edge("member:jpn", "organization:wco")!)).toMatchObject({ weight: 2, weight_2018: 0, weight_2019: 0 });

    // Spells are no business of graphology's parser: read them with a plain DOM.
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const root = doc.documentElement!;
    expect(root.getAttribute("version")).toBe("1.3");
    expect(root.namespaceURI).toBe("http://gexf.net/1.3");
    const graphEl = doc.getElementsByTagName("graph")[0]!;
    expect([graphEl.getAttribute("mode"), graphEl.getAttribute("timeformat")]).toEqual(["dynamic", "date"]);
    const spell = (id: string) => {
      const edges = [...Array.from(doc.getElementsByTagName("edge")), ...Array.from(doc.getElementsByTagName("node"))];
      const el = edges.find((e) => e.getAttribute("id") === id)!;
      const s = el.getElementsByTagName("spell")[0];
      return s ? [s.getAttribute("start"), s.getAttribute("end")] : null;
    };
    expect(spell("member:idn--member:jpn")).toEqual(["2018-10-01", "2019-12-31"]);
    expect(spell("member:jpn--organization:wco")).toBeNull();
    // A node spans its edges.
    expect(spell("member:jpn")).toEqual(["2018-10-01", "2019-12-31"]);
    expect(spell("organization:wco")).toBeNull();
    expect(doc.getElementsByTagName("description")[0]!.textContent).toBe(`Test ${NASTY_IN_XML}`);
  });

  it("GraphML: graphology-graphml reads typed keys back as numbers and booleans; lists are |-joined strings", async () => {
    const xml = await text("graphml");
    const g = parseGraphml(Graph, xml);
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(g.getNodeAttributes("member:idn")).toMatchObject({ label: NASTY_IN_XML, type: "Member", degree: 1, strength: 3, uncertain: true, sources: "source:b", folded: "organization:bc" });
    const dated = g.getEdgeAttributes(g.edge("member:idn", "member:jpn")!);
    expect(dated).toMatchObject({ label: "COOPERATES_WITH", weight: 3, sources: "source:a|source:c", firstDate: "2018-10", lastDate: "2019", weight_2018: 1, weight_2019: 2 });
    expect(g.getEdgeAttributes(g.edge("member:jpn", "organization:wco")!)).toMatchObject({ weight: 2, weight_2018: 0 });
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const types = Object.fromEntries(Array.from(doc.getElementsByTagName("key")).map((k) => [`${k.getAttribute("for")}.${k.getAttribute("attr.name")}`, k.getAttribute("attr.type")]));
    expect(types).toMatchObject({ "node.degree": "int", "node.uncertain": "boolean", "node.sources": "string", "edge.weight": "double", "edge.weight_2019": "int" });
  });

  it("CSV: csv-parse reads the node and edge lists with the same values, the text kept whole", async () => {
    const nodes = parseCsv(await text("nodes.csv"), { columns: true }) as Record<string, string>[];
    expect(nodes.map((n) => n.id)).toEqual(["member:jpn", "member:idn", "organization:wco"]);
    expect(nodes[1]).toMatchObject({ label: NASTY, type: "Member", degree: "1", strength: "3", uncertain: "true", synthetic: "false", sources: "source:b", folded: "organization:bc", firstDate: "2018-10", lastDate: "2019" });
    expect(nodes[2]).toMatchObject({ firstDate: "", sources: "" });
    const edges = parseCsv(await text("edges.csv"), { columns: true }) as Record<string, string>[];
    expect(edges).toEqual([
      { id: "member:idn--member:jpn", source: "member:idn", target: "member:jpn", label: "COOPERATES_WITH", weight: "3", sources: "source:a|source:c", firstDate: "2018-10", lastDate: "2019", weight_2018: "1", weight_2019: "2" },
      { id: "member:jpn--organization:wco", source: "member:jpn", target: "organization:wco", label: "COOPERATES_WITH", weight: "2", sources: "", firstDate: "", lastDate: "", weight_2018: "0", weight_2019: "0" },
    ]);
  });

  it("Cytoscape.js JSON: JSON.parse gives elements.nodes and elements.edges with their data", async () => {
    const json = JSON.parse(await text("cyjs")) as { data: { name: string }; elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] } };
    expect(json.data.name).toBe(`Test ${NASTY}`);
    expect(json.elements.nodes.map((n) => n.data.id)).toEqual(["member:jpn", "member:idn", "organization:wco"]);
    expect(json.elements.nodes[1]!.data).toMatchObject({ name: NASTY, degree: 1, uncertain: true, sources: ["source:b"] });
    expect(json.elements.edges[0]!.data).toMatchObject({ source: "member:idn", target: "member:jpn", interaction: "COOPERATES_WITH", weight: 3, weight_2019: 2, sources: ["source:a", "source:c"] });
  });

  it("JSON lines: each line parses, entities first with their sources spelled out, then edges", async () => {
    const g = graph();
    g.entities.set("member:idn", { name: NASTY, iso3: "IDN" });
    g.sources.set("source:b", { id: "source:b", title: "Annual report", publisher: "WCO", published: "2019", url: "https://example.org/b", kind: null });
    const lines = (await text("jsonl", g)).split("\n");
    expect(lines.pop()).toBe("");
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r.record)).toEqual(["entity", "entity", "entity", "edge", "edge"]);
    expect(records[1]).toMatchObject({ id: "member:idn", label: NASTY, properties: { name: NASTY, iso3: "IDN" }, sources: [{ id: "source:b", title: "Annual report", url: "https://example.org/b" }] });
    // A source the export could not read is still named.
    expect(records[3]).toMatchObject({ source: "member:idn", weight: 3, sources: [{ id: "source:a", title: null }, { id: "source:c", title: null }] });
  });

  it("partial dates become the first and last days they name", () => {
    expect([firstDay("2019"), lastDay("2019")]).toEqual(["2019-01-01", "2019-12-31"]);
    expect([firstDay("2020-02"), lastDay("2020-02"), lastDay("2019-02"), lastDay("2019-04")]).toEqual(["2020-02-01", "2020-02-29", "2019-02-28", "2019-04-30"]);
    expect([firstDay("2019-06-24"), lastDay("2019-06-24")]).toEqual(["2019-06-24", "2019-06-24"]);
    expect(firstDay("June")).toBeUndefined();
  });

  it("file names name the filter in safe characters", () => {
    expect(fileName("network", [["region", "AP"], ["from", "2018"]], "gexf")).toBe("coopgraph-network-region-AP-from-2018.gexf");
    expect(fileName("ego", [["id", "member:jpn"], ["foldRoles", "ADMINISTRATION,GOVERNMENT"]], "nodes.csv")).toBe("coopgraph-ego-id-member-jpn-foldRoles-ADMINISTRATION-GOVERNMENT.nodes.csv");
    expect(fileName("network", [["programme", 'x"; rm -rf /']], "gexf")).toBe("coopgraph-network-programme-x-rm-rf.gexf");
  });
});
