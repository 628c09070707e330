/**
 * The side panel: what is selected (an entity's properties, uncertainty, alternatives,
 * sources and timeline; an edge's shared events and relationships, each with its
 * sources), the shortest path's steps, and the actions on the selection.
 */
import { ApiError, request } from "./api.js";
import { h, type Child } from "./dom.js";
import { ExplorerDetailsDocument, ExplorerSharedEventsDocument, type ExplorerDetailsQuery, type ExplorerStepFragment } from "./generated/graphql.js";
import type { ViewModel, ViewNode } from "./model.js";
import { remember, sourceList, sourcesById } from "./sources.js";
import type { ViewState } from "./state.js";
import { displayName, NETWORK_EDGE_FACTS } from "./style.js";

export interface PanelActions {
  select(id: string): void;
  expand(id: string): void;
  showMore(id: string): void;
  togglePin(id: string): void;
  hide(id: string): void;
  unhide(id: string): void;
  remove(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  clearPath(): void;
}

type Details = NonNullable<ExplorerDetailsQuery["node"]>;

let generation = 0;

/** Fills the panel for the view; stale answers (the selection changed meanwhile) are dropped. */
export async function renderPanel(root: HTMLElement, state: ViewState, model: ViewModel, actions: PanelActions, fail: (e: unknown) => void): Promise<void> {
  const mine = ++generation;
  const parts: HTMLElement[] = [];
  if (state.path) parts.push(await pathSection(state, model, actions));
  if (state.hidden.length) parts.push(hiddenSection(state, model, actions));
  const selection = h("section", { class: "selection", "aria-label": "Selection" });
  parts.push(selection);
  if (mine !== generation) return;
  root.replaceChildren(...parts);
  if (!state.selected) {
    selection.append(h("p", { class: "hint" }, "Select an entity or an edge (in the drawing or the table) to see its facts and sources."));
    return;
  }
  selection.append(h("p", { class: "loading", role: "status" }, "Loading the selection…"));
  try {
    const content = state.selected.includes("|") ? await edgeSection(state, model, state.selected, actions) : await nodeSection(state, model, state.selected, actions);
    if (mine === generation) selection.replaceChildren(...content);
  } catch (e) {
    if (mine !== generation) return;
    selection.replaceChildren(h("p", { class: "error" }, e instanceof ApiError ? e.message : "The selection could not be loaded."));
    fail(e);
  }
}

async function nodeSection(state: ViewState, model: ViewModel, id: string, actions: PanelActions): Promise<HTMLElement[]> {
  const withTimeline = !/^(source|region):/.test(id);
  const data = await request(ExplorerDetailsDocument, { id, withTimeline, from: state.from, to: state.to, includeSynthetic: state.synthetic });
  if (!data.node) throw new ApiError("not-found", `No entity has the id "${id}".`);
  const node = data.node;
  const drawn = model.nodes.get(id);
  const out: HTMLElement[] = [
    h("h2", { id: "selection-title" }, displayName(node)),
    h("p", { class: "kind" }, `${node.__typename} · `, h("code", {}, node.id)),
  ];
  if ("synthetic" in node && node.synthetic) out.push(h("p", { class: "flag synthetic" }, "Synthetic: generated data, never a fact."));
  if ("uncertain" in node && node.uncertain) out.push(h("p", { class: "flag uncertain" }, `Uncertain: ${node.uncertainty ?? "the sources leave this unconfirmed."}`));
  out.push(actionBar(id, drawn, state, actions));
  if (drawn && drawn.more > 0) {
    out.push(h("p", { class: "more" }, `and ${drawn.moreAtLeast ? "at least " : ""}${drawn.more} more neighbours not drawn `, h("button", { type: "button", onclick: () => actions.showMore(id) }, "Show more")));
  }
  out.push(h("h3", {}, "Properties"), properties(node));
  if ("alternatives" in node && node.alternatives.length) {
    const sources = await sourcesById(node.alternatives.flatMap((a) => a.sources));
    out.push(
      h("h3", {}, "Stated otherwise"),
      h(
        "ul",
        { class: "alternatives" },
        node.alternatives.map((a) =>
          h(
            "li",
            {},
            h("strong", {}, a.prop), ` — another source says ${a.qualifier ? `${a.qualifier} ` : ""}${a.value}${a.scope ? ` (${a.scope})` : ""}`,
            sourceList(sources.filter((s) => a.sources.includes(s.id))),
          ),
        ),
      ),
    );
  }
  if ("sources" in node) {
    remember(node.sources);
    out.push(h("h3", {}, `Sources (${node.sources.length})`), sourceList(node.sources));
  }
  if (data.timeline) {
    out.push(h("h3", {}, `Timeline${state.from || state.to ? ` (${state.from ?? "…"} to ${state.to ?? "…"})` : ""}`));
    if (data.timeline.length === 0) out.push(h("p", { class: "empty" }, "No event."));
    else
      out.push(
        h(
          "ol",
          { class: "timeline" },
          data.timeline.map((t) =>
            h(
              "li",
              {},
              h("span", { class: "date" }, t.date ?? "undated"), " ",
              h("button", { type: "button", class: "link", onclick: () => actions.select(t.event.id) }, t.event.title),
              ` — ${t.relation}${t.role ? ` (${t.role})` : ""}`,
              t.event.uncertain ? h("span", { class: "flag uncertain" }, ` uncertain: ${t.event.uncertainty ?? ""}`) : null,
              sourceList(t.event.sources),
            ),
          ),
        ),
      );
  }
  return out;
}

function actionBar(id: string, drawn: ViewNode | undefined, state: ViewState, actions: PanelActions): HTMLElement {
  const pinned = state.pinned.some((p) => p.id === id);
  const button = (text: string, fn: () => void, disabled = false) => h("button", { type: "button", onclick: fn, disabled }, text);
  return h(
    "div",
    { class: "actions", role: "group", "aria-label": "Actions on the selection" },
    drawn?.expanded ? null : button("Expand", () => actions.expand(id)),
    drawn ? button(pinned ? "Unpin" : "Pin", () => actions.togglePin(id)) : null,
    drawn ? button("Hide", () => actions.hide(id)) : null,
    drawn ? button("Remove", () => actions.remove(id)) : null,
    button("Path from here", () => actions.pathFrom(id)),
    button("Path to here", () => actions.pathTo(id)),
  );
}

function properties(node: Details): HTMLElement {
  const rows: [string, Child][] = [];
  const add = (name: string, value: unknown) => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return;
    rows.push([name, Array.isArray(value) ? value.join("; ") : String(value)]);
  };
  switch (node.__typename) {
    case "Member":
      add("Administration", node.administrationName); add("Kind", node.kind); add("ISO codes", [node.iso2, node.iso3].filter(Boolean).join(" / "));
      add("Region", node.region?.code); add("Joined the WCO", node.joined);
      break;
    case "Organization":
      add("Kind", node.kind); add("Country", node.country);
      break;
    case "Event":
      add("Kind", node.kind); add("Dates", node.endDate ? `${node.startDate ?? "?"} to ${node.endDate}` : node.startDate);
      add("Place", [node.venue, node.city, node.country].filter(Boolean).join(", ")); add("Format", node.format); add("Theme", node.theme);
      add("Topics", node.topics); add("Outcomes", node.outcomes);
      for (const c of node.counts) add(`Count (${c.name})`, `${c.qualifier && c.qualifier !== "exactly" ? `${c.qualifier.replace("_", " ")} ` : ""}${c.value}${c.valueStated ? "" : " (sum of the parts stated)"}${c.scope ? ` — ${c.scope}` : ""}`);
      break;
    case "Programme":
      add("Code", node.code); add("Kind", node.programmeKind); add("Dates", [node.startDate, node.endDate].filter(Boolean).join(" to ")); add("Also called", node.aliases); add("Description", node.description);
      break;
    case "Resolution":
      add("Adopted", node.adopted); add("Place", node.place); add("Summary", node.summary);
      break;
    case "Person":
      add("Honorific", node.honorific); add("Nationality", node.nationality);
      break;
    case "Region":
      add("Code", node.code); add("Short name", node.shortName);
      break;
    case "Source":
      add("Publisher", node.publisher); add("Published", node.published); add("Kind", node.sourceKind); add("Link", node.url);
      break;
  }
  if ("note" in node) add("Editors' note", node.note);
  if (rows.length === 0) return h("p", { class: "empty" }, "No further property is recorded.");
  return h("dl", { class: "properties" }, rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

async function edgeSection(state: ViewState, model: ViewModel, key: string, actions: PanelActions): Promise<HTMLElement[]> {
  const edge = model.edges.get(key);
  const [a, b] = key.split("|") as [string, string];
  const name = (id: string) => (model.nodes.get(id) ? displayName(model.nodes.get(id)!.entity) : id);
  const out: HTMLElement[] = [
    h("h2", { id: "selection-title" }, `${name(a)} — ${name(b)}`),
    h("div", { class: "actions" }, h("button", { type: "button", onclick: () => actions.select(a) }, `Select ${name(a)}`), h("button", { type: "button", onclick: () => actions.select(b) }, `Select ${name(b)}`)),
  ];
  if (!edge) return [...out, h("p", { class: "empty" }, "This edge is not in the current view.")];
  if (edge.network) {
    const network = edge.network;
    out.push(h("dl", { class: "properties" }, NETWORK_EDGE_FACTS.flatMap((f) => [h("dt", {}, f.title), h("dd", {}, String(f.value(network)))])));
    out.push(h("h3", {}, "Shared events"));
    const rows = await request(ExplorerSharedEventsDocument, {
      id: a,
      programme: state.network?.programme ?? null,
      from: state.from,
      to: state.to,
      includeSynthetic: state.synthetic,
    });
    const row = rows.coParticipants.find((r) => r.partner.id === b);
    if (!row) out.push(h("p", { class: "empty" }, "Not among the first 100 partners the API lists for this actor."));
    else
      out.push(
        h(
          "ol",
          { class: "shared-events" },
          row.sharedEvents.map((ev) =>
            h(
              "li",
              {},
              h("span", { class: "date" }, ev.startDate ?? "undated"), " ",
              h("button", { type: "button", class: "link", onclick: () => actions.select(ev.id) }, ev.title),
              ev.synthetic ? h("span", { class: "flag synthetic" }, " synthetic") : null,
              ev.uncertain ? h("span", { class: "flag uncertain" }, ` uncertain: ${ev.uncertainty ?? ""}`) : null,
              sourceList(ev.sources),
            ),
          ),
        ),
      );
  }
  if (edge.steps.length) out.push(h("h3", {}, "Relationships"), await stepList(edge.steps, name));
  return out;
}

async function stepList(steps: readonly ExplorerStepFragment[], name: (id: string) => string): Promise<HTMLElement> {
  const sources = await sourcesById(steps.flatMap((s) => s.sources));
  return h(
    "ol",
    { class: "steps" },
    steps.map((s) =>
      h(
        "li",
        { "data-step": `${s.from} ${s.type} ${s.to}` },
        h("span", { class: "step" }, `${name(s.from)} —${s.type}${s.role ? ` (${s.role})` : ""}${s.title ? ` “${s.title}”` : ""}→ ${name(s.to)}`),
        s.uncertain ? h("span", { class: "flag uncertain" }, ` uncertain: ${s.uncertainty ?? "the sources leave it unconfirmed"}`) : null,
        sourceList(sources.filter((src) => s.sources.includes(src.id))),
      ),
    ),
  );
}

async function pathSection(state: ViewState, model: ViewModel, actions: PanelActions): Promise<HTMLElement> {
  const { from, to } = state.path!;
  const name = (id: string) => {
    const n = model.nodes.get(id) ?? null;
    const onPath = model.path?.nodes.find((p) => p.id === id);
    return n ? displayName(n.entity) : onPath ? displayName(onPath) : id;
  };
  const section = h("section", { class: "path", "aria-label": "Shortest path" }, h("h2", {}, `Path: ${name(from)} → ${name(to)}`));
  if (!model.path) section.append(h("p", { class: "empty" }, model.noPath ? "No path of at most 6 relationships joins them." : "Loading…"));
  else {
    section.append(h("p", {}, `${model.path.length} step${model.path.length === 1 ? "" : "s"}, highlighted in red:`), await stepList(model.path.steps, name));
  }
  section.append(h("button", { type: "button", onclick: () => actions.clearPath() }, "Clear the path"));
  return section;
}

function hiddenSection(state: ViewState, model: ViewModel, actions: PanelActions): HTMLElement {
  return h(
    "section",
    { class: "hidden-list", "aria-label": "Hidden entities" },
    h("h3", {}, `Hidden (${state.hidden.length})`),
    h(
      "ul",
      {},
      state.hidden.map((id) => {
        const n = model.nodes.get(id);
        return h("li", {}, n ? displayName(n.entity) : id, " ", h("button", { type: "button", onclick: () => actions.unhide(id) }, "Show"));
      }),
    ),
  );
}
