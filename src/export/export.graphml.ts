import { type Attributes, type AttributeSpec, type AttributeValue, type ExportGraph } from "./export.model.js";
import { XML_DECLARATION, xmlAttributes, xmlText } from "./export.xml.js";

/**
 * GraphML (http://graphml.graphdrawing.org/) with typed keys: every attribute
 * is declared once with attr.name and attr.type (int, double, boolean,
 * string), which NetworkX's read_graphml and graphology-graphml turn back
 * into numbers and booleans. GraphML has no list type: a list (sources) is
 * one string, its items joined by "|" (ids never hold one).
 */

const GRAPHML_TYPES: Record<AttributeSpec["type"], string> = {
  string: "string",
  integer: "int",
  double: "double",
  boolean: "boolean",
  liststring: "string",
};

export const LIST_SEPARATOR = "|";

function text(value: AttributeValue): string {
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}

/** Key ids are short and unique per domain (n0, e3); attr.name carries the attribute's name. */
function keyIds(prefix: string, specs: AttributeSpec[]): Map<string, string> {
  return new Map(specs.map((spec, i) => [spec.name, `${prefix}${i}`]));
}

function keys(domain: "node" | "edge", specs: AttributeSpec[], ids: Map<string, string>): string {
  return specs
    .map((spec) => {
      const head = `  <key${xmlAttributes([["id", ids.get(spec.name)], ["for", domain], ["attr.name", spec.name], ["attr.type", GRAPHML_TYPES[spec.type]]])}`;
      return spec.defaultValue === undefined ? `${head}/>\n` : `${head}><default>${xmlText(text(spec.defaultValue))}</default></key>\n`;
    })
    .join("");
}

function data(specs: AttributeSpec[], ids: Map<string, string>, attributes: Attributes): string {
  return specs
    .map((spec) => {
      // A default is written out too: not every reader applies declared defaults (graphology-graphml leaves them as strings).
      const value = attributes[spec.name] ?? spec.defaultValue;
      if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return "";
      return `<data key="${ids.get(spec.name)}">${xmlText(text(value))}</data>`;
    })
    .join("");
}

/** The label and weight as typed keys too: GraphML has no built-in place for them. */
const NODE_LABEL: AttributeSpec = { name: "label", type: "string" };
const EDGE_LABEL: AttributeSpec = { name: "label", type: "string" };
const EDGE_WEIGHT: AttributeSpec = { name: "weight", type: "double" };

export function* writeGraphml(graph: ExportGraph): Generator<string> {
  const nodeSpecs = [NODE_LABEL, ...graph.nodeAttributes];
  const weighted = graph.edges.some((e) => e.weight !== undefined);
  const edgeSpecs = [EDGE_LABEL, ...(weighted ? [EDGE_WEIGHT] : []), ...graph.edgeAttributes];
  const nodeIds = keyIds("n", nodeSpecs);
  const edgeIds = keyIds("e", edgeSpecs);
  yield XML_DECLARATION;
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield `  <!-- ${xmlText(graph.description).replace(/--/g, "- -")} -->\n`;
  yield keys("node", nodeSpecs, nodeIds);
  yield keys("edge", edgeSpecs, edgeIds);
  yield `  <graph${xmlAttributes([["id", graph.kind], ["edgedefault", graph.directed ? "directed" : "undirected"]])}>\n`;
  for (const node of graph.nodes) {
    yield `    <node${xmlAttributes([["id", node.id]])}>${data(nodeSpecs, nodeIds, { ...node.attributes, label: node.label })}</node>\n`;
  }
  for (const edge of graph.edges) {
    const attributes = { ...edge.attributes, label: edge.label, weight: edge.weight };
    yield `    <edge${xmlAttributes([["id", edge.id], ["source", edge.source], ["target", edge.target]])}>${data(edgeSpecs, edgeIds, attributes)}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}
