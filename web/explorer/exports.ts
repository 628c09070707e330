/**
 * Downloads of the current view. PNG is drawn here from the canvas; the server's export
 * formats (GET /export/...) are listed in exportLinks once the API serves them.
 */
import type { ViewState } from "./state.js";

export interface ExportLink {
  label: string;
  href: string;
}

/** Links to the server's exports of what the view shows; none yet. */
export function exportLinks(_state: ViewState): ExportLink[] {
  return [];
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
