/** Sources as the panel cites them, and their look-up by id (for relationships and alternatives). */
import { request } from "./api.js";
import { ExplorerSourcesDocument, type ExplorerSourceFragment } from "./generated/graphql.js";
import { externalLink, h } from "./dom.js";

const known = new Map<string, ExplorerSourceFragment>();

export function remember(sources: readonly ExplorerSourceFragment[]): void {
  for (const s of sources) known.set(s.id, s);
}

/** The sources with these ids (each once), asking the API only for those not seen yet (100 at a time). */
export async function sourcesById(ids: readonly string[]): Promise<ExplorerSourceFragment[]> {
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  for (let i = 0; i < missing.length; i += 100) {
    const { nodes } = await request(ExplorerSourcesDocument, { ids: missing.slice(i, i + 100) });
    for (const n of nodes) if (n && "title" in n) known.set(n.id, n as ExplorerSourceFragment);
  }
  return [...new Set(ids)].flatMap((id) => known.get(id) ?? []);
}

/** One source: its title (a link when it is online), publisher and date. */
export function sourceItem(s: ExplorerSourceFragment): HTMLLIElement {
  return h(
    "li",
    { class: "source", "data-source": s.id },
    s.url ? externalLink(s.url, s.title) : h("span", { class: "title" }, s.title),
    h("span", { class: "meta" }, ` — ${s.publisher}${s.published ? `, ${s.published}` : ", undated"}${s.url ? "" : " (not online)"}`),
    s.synthetic ? h("span", { class: "flag synthetic" }, " synthetic") : null,
  );
}

export function sourceList(sources: readonly ExplorerSourceFragment[], empty = "No source is recorded."): HTMLElement {
  if (sources.length === 0) return h("p", { class: "empty" }, empty);
  return h("ul", { class: "sources" }, sources.map(sourceItem));
}
