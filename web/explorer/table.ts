/**
 * The view as tables: every drawn entity and every edge, ranked and sortable, for
 * reading, copying and screen readers. Column headers are buttons; aria-sort says the order.
 */
import { h } from "./dom.js";
import type { ViewEdge, ViewModel, ViewNode } from "./model.js";
import type { ViewState } from "./state.js";
import { displayName, metricOf, NETWORK_EDGE_FACTS, regionOf, SIZE_LABELS, SIZE_METRICS } from "./style.js";

interface Column<T> {
  key: string;
  title: string;
  value(row: T): string | number;
  numeric?: boolean;
}

interface Sort {
  key: string;
  descending: boolean;
}

const sorts: Record<string, Sort> = { nodes: { key: "strength", descending: true }, edges: { key: "weight", descending: true } };

export function renderTables(root: HTMLElement, state: ViewState, model: ViewModel, select: (id: string) => void): void {
  const hidden = new Set(state.hidden);
  const nodes = [...model.nodes.values()].filter((n) => !hidden.has(n.id));
  const edges = [...model.edges.values()].filter((e) => !hidden.has(e.a) && !hidden.has(e.b));
  const name = (id: string) => (model.nodes.get(id) ? displayName(model.nodes.get(id)!.entity) : id);
  const flags = (e: { synthetic?: boolean; uncertain?: boolean }) => [e.synthetic ? "synthetic" : "", e.uncertain ? "uncertain" : ""].filter(Boolean).join(", ");

  const nodeTable = table(
    "nodes",
    `Entities (${nodes.length})`,
    nodes,
    [
      { key: "name", title: "Name", value: (n) => displayName(n.entity) },
      { key: "type", title: "Kind", value: (n) => n.entity.__typename },
      { key: "region", title: "Region", value: (n) => regionOf(n.entity) ?? "" },
      ...SIZE_METRICS.map((m) => ({ key: m, title: capitalise(SIZE_LABELS[m]), value: (n: ViewNode) => metricOf(n, m) ?? "", numeric: true })),
      { key: "community", title: "Community", value: (n) => n.network?.community ?? "", numeric: true },
      { key: "path", title: "On path", value: (n) => (n.onPath ? "yes" : "") },
      { key: "flags", title: "Flags", value: (n) => flags(n.entity as { synthetic?: boolean; uncertain?: boolean }) },
    ],
    (n) => n.id,
    (n) => h("button", { type: "button", class: "link", onclick: () => select(n.id) }, displayName(n.entity)),
    () => renderTables(root, state, model, select),
  );
  const edgeTable = table(
    "edges",
    `Edges (${edges.length})`,
    edges,
    [
      { key: "a", title: "From", value: (e) => name(e.a) },
      { key: "b", title: "To", value: (e) => name(e.b) },
      ...NETWORK_EDGE_FACTS.map((f) => ({ ...f, value: (e: ViewEdge) => (e.network ? f.value(e.network) : "") })),
      { key: "relationships", title: "Relationships", value: (e) => e.steps.map((s) => (s.role ? `${s.type} (${s.role})` : s.type)).join("; ") },
      { key: "path", title: "On path", value: (e) => (e.onPath ? "yes" : "") },
      { key: "flags", title: "Flags", value: (e) => (e.steps.some((s) => s.uncertain) ? "uncertain" : "") },
    ],
    (e) => e.key,
    (e) => h("button", { type: "button", class: "link", onclick: () => select(e.key) }, name(e.a)),
    () => renderTables(root, state, model, select),
  );
  root.replaceChildren(nodeTable, edgeTable);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function table<T>(
  id: string,
  caption: string,
  rows: T[],
  columns: Column<T>[],
  rowId: (row: T) => string,
  firstCell: (row: T) => HTMLElement,
  rerender: () => void,
): HTMLElement {
  const sort = sorts[id]!;
  const column = columns.find((c) => c.key === sort.key) ?? columns[0]!;
  const sorted = [...rows].sort((x, y) => {
    const a = column.value(x);
    const b = column.value(y);
    const order = typeof a === "number" && typeof b === "number" ? a - b : typeof a === "number" ? 1 : typeof b === "number" ? -1 : String(a).localeCompare(String(b));
    return (sort.descending ? -order : order) || rowId(x).localeCompare(rowId(y));
  });
  const header = h(
    "tr",
    {},
    columns.map((c, i) =>
      h(
        "th",
        { scope: "col", "aria-sort": c.key === column.key ? (sort.descending ? "descending" : "ascending") : "none" },
        h(
          "button",
          {
            type: "button",
            onclick: () => {
              sorts[id] = { key: c.key, descending: c.key === column.key ? !sort.descending : !!c.numeric };
              rerender();
              document.querySelector<HTMLElement>(`#table-${id} thead th:nth-child(${i + 1}) button`)?.focus();
            },
          },
          c.title,
        ),
      ),
    ),
  );
  const body = sorted.map((row) =>
    h(
      "tr",
      { "data-id": rowId(row) },
      columns.map((c, i) => (i === 0 ? h("th", { scope: "row" }, firstCell(row)) : h("td", { class: c.numeric ? "num" : "", "data-column": c.key }, String(c.value(row))))),
    ),
  );
  return h("table", { id: `table-${id}`, class: "data" }, h("caption", {}, caption), h("thead", {}, header), h("tbody", {}, body));
}
