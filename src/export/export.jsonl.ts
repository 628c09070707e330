import { sourcesOf, type ExportGraph, type ExportSource } from "./export.model.js";

/**
 * JSON lines (one JSON object per line, "\n" after each): first one line per
 * entity, {"record":"entity","id","label","properties",...,"sources":[...]},
 * with every property the graph stores for it and its sources spelled out
 * (id, title, publisher, published, url, kind); then one line per edge,
 * {"record":"edge","id","source","target","label","weight",...,"sources":[...]}.
 * The export's own figures (degree, level...) are under "attributes".
 */

function spelledOut(ids: string[], sources: Map<string, ExportSource>): ExportSource[] {
  return ids.map((id) => sources.get(id) ?? { id, title: null, publisher: null, published: null, url: null, kind: null });
}

export function* writeJsonLines(graph: ExportGraph): Generator<string> {
  for (const node of graph.nodes) {
    const { sources: ids, ...attributes } = node.attributes;
    const properties = graph.entities.get(node.id) ?? {};
    yield `${JSON.stringify({ record: "entity", id: node.id, label: node.label, properties, attributes, sources: spelledOut(sourcesOf({ sources: ids }), graph.sources) })}\n`;
  }
  for (const edge of graph.edges) {
    const { sources: ids, ...attributes } = edge.attributes;
    const line = { record: "edge", id: edge.id, source: edge.source, target: edge.target, label: edge.label, ...(edge.weight === undefined ? {} : { weight: edge.weight }), attributes, sources: spelledOut(sourcesOf({ sources: ids }), graph.sources) };
    yield `${JSON.stringify(line)}\n`;
  }
}
