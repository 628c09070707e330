import { Readable } from "node:stream";
import { chunked } from "./export.chunks.js";
import { writeEdgesCsv, writeNodesCsv } from "./export.csv.js";
import { writeCytoscape } from "./export.cytoscape.js";
import { writeGexf } from "./export.gexf.js";
import { writeGraphml } from "./export.graphml.js";
import { writeJsonLines } from "./export.jsonl.js";
import type { ExportGraph } from "./export.model.js";

/** A file format: its name in the URL (the file's extension), content type and writer. */
export interface ExportFormat {
  name: string;
  contentType: string;
  /** Whether the writer prints the sources spelled out (so the export must read them). */
  spellsOutSources: boolean;
  write(graph: ExportGraph, today: string): Readable;
}

const stream = (pieces: Iterable<string>) => Readable.from(chunked(pieces), { objectMode: false });

export const FORMATS: readonly ExportFormat[] = [
  { name: "gexf", contentType: "application/gexf+xml; charset=utf-8", spellsOutSources: false, write: (g, today) => stream(writeGexf(g, today)) },
  { name: "graphml", contentType: "application/graphml+xml; charset=utf-8", spellsOutSources: false, write: (g) => stream(writeGraphml(g)) },
  { name: "nodes.csv", contentType: "text/csv; charset=utf-8; header=present", spellsOutSources: false, write: (g) => writeNodesCsv(g) },
  { name: "edges.csv", contentType: "text/csv; charset=utf-8; header=present", spellsOutSources: false, write: (g) => writeEdgesCsv(g) },
  { name: "cyjs", contentType: "application/json; charset=utf-8", spellsOutSources: false, write: (g) => stream(writeCytoscape(g)) },
  { name: "jsonl", contentType: "application/x-ndjson; charset=utf-8", spellsOutSources: true, write: (g) => stream(writeJsonLines(g)) },
];

export function formatNamed(name: string): ExportFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}
