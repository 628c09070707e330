/**
 * Downloads of the current view. PNG is drawn here from the canvas; the network's other
 * formats are the server's exports (GET /export/network.<format>, docs/exports.md) with
 * the view's own arguments, so a file holds what the page draws.
 */
import { ApiError } from "./api.js";
import { apiKey } from "./key.js";
import { networkVariables } from "./loader.js";
import type { ViewState } from "./state.js";

export interface ExportLink {
  label: string;
  href: string;
  filename: string;
}

/** The server's network formats, as docs/exports.md lists them. */
export const EXPORT_FORMATS = [
  { format: "gexf", label: "GEXF (Gephi)" },
  { format: "graphml", label: "GraphML" },
  { format: "nodes.csv", label: "Nodes CSV" },
  { format: "edges.csv", label: "Edges CSV" },
  { format: "cyjs", label: "Cytoscape JSON" },
  { format: "jsonl", label: "JSON Lines" },
] as const;

/** Links to the server's exports of the drawn network (same filters and edge cut); none outside a network view. */
export function exportLinks(state: ViewState): ExportLink[] {
  if (!state.network) return [];
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(networkVariables(state))) {
    if (value !== null && value !== undefined) params.set(name, String(value));
  }
  return EXPORT_FORMATS.map(({ format, label }) => ({
    label,
    href: `/export/network.${format}?${params.toString()}`,
    filename: `coopgraph-network.${format}`,
  }));
}

/** Fetches an export with the session's key as a bearer token (a plain link cannot send it) and saves it. */
export async function downloadWithKey(link: ExportLink): Promise<void> {
  const headers: Record<string, string> = {};
  const key = apiKey();
  if (key) headers.authorization = `Bearer ${key}`;
  let res: Response;
  try {
    res = await fetch(link.href, { headers });
  } catch {
    throw new ApiError("unreachable", "The coopgraph server cannot be reached: it may have stopped, or the network is down.");
  }
  if (!res.ok) {
    const kind = res.status === 401 ? "unauthenticated" : res.status === 403 ? "forbidden" : res.status === 400 ? "bad-input" : "server";
    throw new ApiError(kind, `The export failed (${res.status}): ${(await res.text()).slice(0, 300)}`);
  }
  download(await res.blob(), link.filename);
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
