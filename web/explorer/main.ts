/**
 * The explorer: reads the view from the URL, fetches what it needs from the GraphQL API,
 * draws it, and turns every action into a new URL (a history entry).
 */
import "./explorer.css";
import { request } from "./api.js";
import { GraphCanvas } from "./canvas.js";
import { byId, h } from "./dom.js";
import { download, downloadWithKey, exportLinks, type ExportLink } from "./exports.js";
import { ExplorerChoicesDocument } from "./generated/graphql.js";
import { setApiKey, apiKey } from "./key.js";
import { clearCache, loadAnswers, MAX_EDGES } from "./loader.js";
import { clearMessage, setPageState, showError } from "./messages.js";
import { buildModel, type ViewModel } from "./model.js";
import { renderPanel, type PanelActions } from "./panel.js";
import { runSearch } from "./search.js";
import { emptyState, formatState, parseState, type ViewState } from "./state.js";
import { COLOUR_LABELS, COLOUR_SCHEMES, COMMUNITY_COLOURS, NO_REGION, REGION_COLOURS, REGION_NAMES, SIZE_LABELS, SIZE_METRICS, TYPE_COLOURS } from "./style.js";
import { renderTables } from "./table.js";
import * as T from "./transitions.js";

let state: ViewState = parseState(location.search);
let model: ViewModel | null = null;
let generation = 0;

/** Moves to a new view: a history entry, then a redraw. */
function go(next: ViewState): void {
  if (next === state) return;
  state = next;
  history.pushState(null, "", `${location.pathname}${formatState(next)}`);
  void render();
}

/** The drawing, or null where the browser has no WebGL (the tables still show everything). */
const canvas = makeCanvas();

function makeCanvas(): GraphCanvas | null {
  try {
    return new GraphCanvas(byId("graph"), {
      node: (id) => go(T.clickNode(state, id)),
      edge: (key) => go(T.select(state, key)),
      more: (id) => go(T.showMore(state, id)),
      stage: () => state.selected && go(T.select(state, null)),
    });
  } catch (e) {
    byId("graph").replaceChildren(
      h("p", { class: "error" }, `This browser cannot draw the graph (${e instanceof Error ? e.message : "no WebGL"}). The Table view lists the same entities and edges.`),
    );
    return null;
  }
}

const fail = (e: unknown) => showError(e, { retry: () => void render(), clear: () => go(emptyState()) });

const panelActions: PanelActions = {
  select: (id) => go(T.select(state, id)),
  expand: (id) => go(T.expand(state, id)),
  showMore: (id) => go(T.showMore(state, id)),
  togglePin: (id) => go(T.togglePin(state, id, canvas?.position(id) ?? null)),
  hide: (id) => go(T.hide(state, id)),
  unhide: (id) => go(T.unhide(state, id)),
  remove: (id) => go(T.remove(state, id)),
  pathFrom: (id) => pathEnd("from", id),
  pathTo: (id) => pathEnd("to", id),
  clearPath: () => go(T.clearPath(state)),
};

/** Sets one end of the path; with both ends given, draws it. */
function pathEnd(end: "from" | "to", id: string): void {
  byId<HTMLInputElement>(`path-${end}`).value = id;
  const from = byId<HTMLInputElement>("path-from").value.trim();
  const to = byId<HTMLInputElement>("path-to").value.trim();
  if (from && to) go(T.path(state, from, to));
  else byId<HTMLInputElement>(`path-${end === "from" ? "to" : "from"}`).focus();
}

async function render(): Promise<void> {
  const mine = ++generation;
  syncControls();
  setPageState("loading", "Loading…");
  try {
    const answers = await loadAnswers(state);
    if (mine !== generation) return;
    model = buildModel(state, answers);
    clearMessage();
    canvas?.sync(model, state);
    // Redrawing the tables must not drop a keyboard user's place in them.
    const focused = document.activeElement?.closest("table[id] tr[data-id]");
    const place = focused ? `#${focused.closest("table")!.id} tr[data-id="${CSS.escape((focused as HTMLElement).dataset.id!)}"] th button` : null;
    renderTables(byId("tables"), state, model, (id) => go(T.select(state, id)));
    if (place) document.querySelector<HTMLElement>(place)?.focus();
    renderLegend();
    await renderPanel(byId("panel"), state, model, panelActions, fail);
    if (mine !== generation) return;
    await canvas?.settled;
    if (mine !== generation || document.body.dataset.state === "error") return;
    setPageState("ready", summary(model));
  } catch (e) {
    if (mine === generation) fail(e);
  }
}

function summary(m: ViewModel): string {
  if (m.nodes.size === 0 && !state.network) return "Nothing drawn yet: search for an entity, draw a network, or ask for a path.";
  const parts = [`${m.nodes.size} entities and ${m.edges.size} edges drawn.`];
  if (m.network) {
    parts.push(`Network: ${m.network.totalNodes} actors and ${m.network.totalEdges} edges in all${m.network.truncated ? `; cut to the ${MAX_EDGES} heaviest edges (raise the minimum weight to see the rest)` : ""}.`);
    if (m.network.totalNodes === 0) parts.push("No actor shared an event under these filters.");
  }
  if (m.noPath) parts.push("No path joins the two entities.");
  return parts.join(" ");
}

function renderLegend(): void {
  const items =
    state.colour === "region"
      ? [
          ...Object.entries(REGION_COLOURS).map(([code, colour]) => [`${code} members`, colour] as const),
          ["member without a region", NO_REGION] as const,
          ...Object.entries(TYPE_COLOURS).filter(([type]) => type !== "Member"),
        ]
      : state.colour === "community"
        ? [
            ...COMMUNITY_COLOURS.slice(0, -1).map((colour, i) => [`community ${i}`, colour] as const),
            [`community ${COMMUNITY_COLOURS.length - 1} and above`, COMMUNITY_COLOURS.at(-1)!] as const,
            ["not in the network", NO_REGION] as const,
          ]
        : Object.entries(TYPE_COLOURS);
  byId("legend").replaceChildren(
    h("span", {}, `Colour: ${COLOUR_LABELS[state.colour]}. `),
    ...items.map(([name, colour]) => h("span", { class: "swatch" }, dot(colour), ` ${name}`)),
    h("span", {}, state.network ? ` Size: ${SIZE_LABELS[state.size]}; edge width: shared events.` : ""),
  );
}

/** A colour swatch; set through the style property, which the page's CSP allows (a style attribute it refuses). */
function dot(colour: string): HTMLElement {
  const el = h("span", { class: "dot", "aria-hidden": "true" });
  el.style.background = colour;
  return el;
}

/** The form controls show the view's settings (after back/forward too). */
function syncControls(): void {
  const n = state.network;
  byId<HTMLSelectElement>("net-region").value = n?.region ?? "";
  byId<HTMLInputElement>("net-programme").value = n?.programme ?? "";
  byId<HTMLInputElement>("net-min-weight").value = String(n?.minWeight ?? 1);
  byId("net-min-weight-value").textContent = String(n?.minWeight ?? 1);
  byId<HTMLInputElement>("net-organizations").checked = n?.organizations ?? false;
  byId<HTMLInputElement>("period-from").value = state.from ?? "";
  byId<HTMLInputElement>("period-to").value = state.to ?? "";
  byId<HTMLInputElement>("path-from").value = state.path?.from ?? "";
  byId<HTMLInputElement>("path-to").value = state.path?.to ?? "";
  byId<HTMLSelectElement>("look-size").value = state.size;
  byId<HTMLSelectElement>("look-colour").value = state.colour;
  byId<HTMLInputElement>("synthetic").checked = state.synthetic;
  byId("synthetic-banner").hidden = !state.synthetic;
  const table = state.tab === "table";
  byId("graph").hidden = table;
  byId("tables").hidden = !table;
  byId("tab-graph").setAttribute("aria-pressed", String(!table));
  byId("tab-table").setAttribute("aria-pressed", String(table));
  byId<HTMLButtonElement>("export-png").disabled = table || !canvas;
  byId("export-links").replaceChildren(...exportLinks(state).map(exportLink));
  if (!table) canvas?.resize();
}

/** A plain link without a key; with one, a fetch that sends it (a link cannot) and saves the answer. */
function exportLink(l: ExportLink): HTMLElement {
  return h(
    "a",
    {
      href: l.href,
      download: l.filename,
      onclick: (ev: Event) => {
        if (!apiKey()) return;
        ev.preventDefault();
        void downloadWithKey(l).catch(fail);
      },
    },
    l.label,
  );
}

function networkFromForm(): ViewState {
  const programme = byId<HTMLInputElement>("net-programme").value.trim().toUpperCase();
  return T.network(state, {
    region: byId<HTMLSelectElement>("net-region").value || null,
    programme: programme || null,
    minWeight: Number(byId<HTMLInputElement>("net-min-weight").value),
    organizations: byId<HTMLInputElement>("net-organizations").checked,
  });
}

function wire(): void {
  for (const m of SIZE_METRICS) byId("look-size").append(h("option", { value: m }, SIZE_LABELS[m]));
  for (const c of COLOUR_SCHEMES) byId("look-colour").append(h("option", { value: c }, COLOUR_LABELS[c]));
  for (const code of Object.keys(REGION_COLOURS)) byId("net-region").append(h("option", { value: code, title: REGION_NAMES[code] }, code));

  byId("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const text = byId<HTMLInputElement>("search-text").value.trim();
    if (!text) return;
    void runSearch(text, state.synthetic, {
      open: (id) => {
        byId("search-results").hidden = true;
        go(T.open(state, id));
      },
      add: (id) => go(T.select(T.expand(state, id), id)),
      pathFrom: (id) => pathEnd("from", id),
      pathTo: (id) => pathEnd("to", id),
      fail,
    });
  });
  byId("key-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    setApiKey(byId<HTMLInputElement>("api-key").value);
    byId<HTMLInputElement>("api-key").value = "";
    keyStatus();
    clearCache();
    void render();
  });
  byId("key-forget").addEventListener("click", () => {
    setApiKey(null);
    keyStatus();
    clearCache();
    void render();
  });
  byId("net-min-weight").addEventListener("input", () => (byId("net-min-weight-value").textContent = byId<HTMLInputElement>("net-min-weight").value));
  // The slider redraws when let go (change), not at every step.
  byId("net-min-weight").addEventListener("change", () => state.network && go(networkFromForm()));
  byId("net-organizations").addEventListener("change", () => state.network && go(networkFromForm()));
  byId("net-draw").addEventListener("click", () => go(networkFromForm()));
  byId("period-apply").addEventListener("click", () => {
    const from = byId<HTMLInputElement>("period-from");
    const to = byId<HTMLInputElement>("period-to");
    if (!from.reportValidity() || !to.reportValidity()) return;
    go(T.period(state, from.value.trim() || null, to.value.trim() || null));
  });
  byId("path-find").addEventListener("click", () => {
    const from = byId<HTMLInputElement>("path-from").value.trim();
    const to = byId<HTMLInputElement>("path-to").value.trim();
    if (from && to) go(T.path(state, from, to));
  });
  byId("look-size").addEventListener("change", () => go({ ...state, size: byId<HTMLSelectElement>("look-size").value as ViewState["size"] }));
  byId("look-colour").addEventListener("change", () => go({ ...state, colour: byId<HTMLSelectElement>("look-colour").value as ViewState["colour"] }));
  byId("synthetic").addEventListener("change", () => go({ ...state, synthetic: byId<HTMLInputElement>("synthetic").checked }));
  byId("tab-graph").addEventListener("click", () => go({ ...state, tab: "graph" }));
  byId("tab-table").addEventListener("click", () => go({ ...state, tab: "table" }));
  byId("clear-view").addEventListener("click", () => go(emptyState()));
  byId("export-png").addEventListener("click", () => {
    canvas?.png().then((blob) => download(blob, "coopgraph-explorer.png"), fail);
  });
  byId("controls").addEventListener("submit", (ev) => ev.preventDefault());
  window.addEventListener("popstate", () => {
    state = parseState(location.search);
    void render();
  });
}

function keyStatus(): void {
  byId<HTMLInputElement>("api-key").placeholder = apiKey() ? "a key is in use (this tab only)" : "only when the server asks for one";
}

/** Region names and programme codes for the form; the page works without them. */
async function loadChoices(): Promise<void> {
  try {
    const { programmes } = await request(ExplorerChoicesDocument, {});
    byId("programme-codes").replaceChildren(...programmes.edges.map((e) => h("option", { value: e.node.code }, e.node.name)));
  } catch {
    // The view's own requests report the problem (no key, server away).
  }
}

// For scripts and the browser tests: where an entity is drawn (to click it as a person would) and its colour.
(window as unknown as { coopgraphExplorer: unknown }).coopgraphExplorer = {
  viewportPosition: (id: string) => canvas?.viewportPosition(id) ?? null,
  nodeColour: (id: string) => canvas?.colour(id) ?? null,
};

wire();
keyStatus();
void render();
void loadChoices();
