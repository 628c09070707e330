import { SERVICE_NAME, SERVICE_VERSION } from "../version.js";
import { firstDay, lastDay } from "./export.dates.js";
import { FIRST_DATE, LAST_DATE, type Attributes, type AttributeSpec, type AttributeValue, type ExportGraph } from "./export.model.js";
import { XML_DECLARATION, xmlAttribute, xmlAttributes, xmlText } from "./export.xml.js";

/**
 * GEXF 1.3 (https://gexf.net/schema.html), written element by element.
 * Attributes are declared with their types (liststring for sources); a node or
 * edge whose first and last dates are known gets a spell from the first day
 * of the first to the last day of the last (export.dates.ts), and the graph is
 * then dynamic with timeformat "date", so Gephi's timeline can play it.
 */

const GEXF_TYPES: Record<AttributeSpec["type"], string> = {
  string: "string",
  integer: "integer",
  double: "double",
  boolean: "boolean",
  liststring: "liststring",
};

/** A list item as GEXF 1.3 lists spell them ([a, b]): quoted when it holds a separator, a quote or a bracket. */
function listItem(item: string): string {
  return /[,"'[\]\\\s]/.test(item) ? JSON.stringify(item) : item;
}

function gexfValue(value: AttributeValue): string {
  return Array.isArray(value) ? `[${value.map(listItem).join(", ")}]` : String(value);
}

function attvalues(specs: AttributeSpec[], attributes: Attributes): string {
  const values = specs.flatMap((spec) => {
    const value = attributes[spec.name];
    if (value === null || value === undefined) return [];
    if (spec.defaultValue !== undefined && gexfValue(value) === gexfValue(spec.defaultValue)) return [];
    if (Array.isArray(value) && value.length === 0) return [];
    return [`<attvalue${xmlAttributes([["for", spec.name], ["value", gexfValue(value)]])}/>`];
  });
  return values.length ? `<attvalues>${values.join("")}</attvalues>` : "";
}

/** The spell of an element whose dates are known (either end may be open). */
function spells(attributes: Attributes): string {
  const first = attributes[FIRST_DATE];
  const last = attributes[LAST_DATE];
  const start = typeof first === "string" ? firstDay(first) : undefined;
  const end = typeof last === "string" ? lastDay(last) : undefined;
  if (!start && !end) return "";
  return `<spells><spell${xmlAttributes([["start", start], ["end", end]])}/></spells>`;
}

function declarations(kind: "node" | "edge", specs: AttributeSpec[]): string {
  const lines = specs.map((spec) => {
    const head = `<attribute${xmlAttributes([["id", spec.name], ["title", spec.name], ["type", GEXF_TYPES[spec.type]]])}`;
    return spec.defaultValue === undefined ? `${head}/>` : `${head}><default>${xmlText(gexfValue(spec.defaultValue))}</default></attribute>`;
  });
  return `    <attributes class="${kind}" mode="static">\n      ${lines.join("\n      ")}\n    </attributes>\n`;
}

function hasSpells(graph: ExportGraph): boolean {
  const dated = (a: Attributes) => typeof a[FIRST_DATE] === "string" || typeof a[LAST_DATE] === "string";
  return graph.nodes.some((n) => dated(n.attributes)) || graph.edges.some((e) => dated(e.attributes));
}

export function* writeGexf(graph: ExportGraph, today: string): Generator<string> {
  const dynamic = hasSpells(graph);
  yield XML_DECLARATION;
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield `  <meta lastmodifieddate=${xmlAttribute(today)}>\n    <creator>${xmlText(`${SERVICE_NAME} ${SERVICE_VERSION}`)}</creator>\n    <description>${xmlText(graph.description)}</description>\n  </meta>\n`;
  const time = dynamic ? ' mode="dynamic" timeformat="date" timerepresentation="interval"' : ' mode="static"';
  yield `  <graph defaultedgetype="${graph.directed ? "directed" : "undirected"}"${time}>\n`;
  yield declarations("node", graph.nodeAttributes);
  yield declarations("edge", graph.edgeAttributes);
  yield "    <nodes>\n";
  for (const node of graph.nodes) {
    yield `      <node${xmlAttributes([["id", node.id], ["label", node.label]])}>${attvalues(graph.nodeAttributes, node.attributes)}${spells(node.attributes)}</node>\n`;
  }
  yield "    </nodes>\n    <edges>\n";
  for (const edge of graph.edges) {
    // kind keeps parallel relationships of different types apart in Gephi (GEXF 1.3 multi-graphs).
    const head = xmlAttributes([["id", edge.id], ["source", edge.source], ["target", edge.target], ["label", edge.label], ["kind", graph.directed ? edge.label : undefined], ["weight", edge.weight]]);
    yield `      <edge${head}>${attvalues(graph.edgeAttributes, edge.attributes)}${spells(edge.attributes)}</edge>\n`;
  }
  yield "    </edges>\n  </graph>\n</gexf>\n";
}
