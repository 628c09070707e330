import { SERVICE_NAME, SERVICE_VERSION } from "../version.js";
import type { Attributes, AttributeSpec, ExportGraph } from "./export.model.js";

/**
 * Cytoscape.js JSON: the elements format Cytoscape.js reads
 * (cy.add(json.elements)) and Cytoscape desktop imports as .cyjs
 * (File > Import > Network from File). Each node's data has id, name and its
 * attributes; each edge's data has id, source, target, interaction (the
 * relationship type), weight and its attributes. Lists stay JSON arrays.
 * Written element by element.
 */

function data(specs: AttributeSpec[], attributes: Attributes): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const value = attributes[spec.name] ?? spec.defaultValue;
    if (value !== undefined && value !== null) out[spec.name] = value;
  }
  return out;
}

export function* writeCytoscape(graph: ExportGraph): Generator<string> {
  const header = { format_version: "1.0", generated_by: `${SERVICE_NAME}-${SERVICE_VERSION}`, target_cytoscapejs_version: "~3", data: { name: graph.description, directed: graph.directed } };
  yield `${JSON.stringify(header).slice(0, -1)},"elements":{"nodes":[\n`;
  let first = true;
  for (const node of graph.nodes) {
    yield `${first ? "" : ",\n"}${JSON.stringify({ data: { ...data(graph.nodeAttributes, node.attributes), id: node.id, name: node.label } })}`;
    first = false;
  }
  yield '\n],"edges":[\n';
  first = true;
  for (const edge of graph.edges) {
    const fixed = { id: edge.id, source: edge.source, target: edge.target, interaction: edge.label, ...(edge.weight === undefined ? {} : { weight: edge.weight }) };
    yield `${first ? "" : ",\n"}${JSON.stringify({ data: { ...data(graph.edgeAttributes, edge.attributes), ...fixed } })}`;
    first = false;
  }
  yield "\n]}}\n";
}
