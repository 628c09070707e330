import { Readable, pipeline } from "node:stream";
import { stringify } from "csv-stringify";
import { LIST_SEPARATOR } from "./export.graphml.js";
import type { Attributes, AttributeSpec, ExportGraph } from "./export.model.js";

/**
 * CSV node and edge lists (RFC 4180, a header line, CRLF line ends), one file
 * each, written by csv-stringify as a stream. A list (sources) is one cell,
 * its items joined by "|"; an empty cell is "no value"; booleans are true and
 * false. Columns: id, label, then the node attributes; id, source, target,
 * label, weight (when the edges have one), then the edge attributes.
 */

type Row = Record<string, string | number | boolean | null>;

function cells(specs: AttributeSpec[], attributes: Attributes): Row {
  const row: Row = {};
  for (const spec of specs) {
    const value = attributes[spec.name];
    row[spec.name] = value === undefined || value === null ? (spec.defaultValue === undefined ? null : cellOf(spec.defaultValue)) : cellOf(value);
  }
  return row;
}

function cellOf(value: string | number | boolean | string[]): string | number | boolean {
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
}

function csv(columns: string[], rows: Iterable<Row>): Readable {
  const stringifier = stringify({
    header: true,
    columns,
    record_delimiter: "windows",
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
  // pipeline, not pipe: an error on either side destroys the other, so the response ends in an error instead of hanging.
  return pipeline(Readable.from(rows), stringifier, () => {});
}

export function writeNodesCsv(graph: ExportGraph): Readable {
  const columns = ["id", "label", ...graph.nodeAttributes.map((a) => a.name)];
  function* rows(): Generator<Row> {
    for (const node of graph.nodes) yield { id: node.id, label: node.label, ...cells(graph.nodeAttributes, node.attributes) };
  }
  return csv(columns, rows());
}

export function writeEdgesCsv(graph: ExportGraph): Readable {
  const weighted = graph.edges.some((e) => e.weight !== undefined);
  const columns = ["id", "source", "target", "label", ...(weighted ? ["weight"] : []), ...graph.edgeAttributes.map((a) => a.name)];
  function* rows(): Generator<Row> {
    for (const edge of graph.edges) {
      yield { id: edge.id, source: edge.source, target: edge.target, label: edge.label, ...(weighted ? { weight: edge.weight ?? null } : {}), ...cells(graph.edgeAttributes, edge.attributes) };
    }
  }
  return csv(columns, rows());
}
