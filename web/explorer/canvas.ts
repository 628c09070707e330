/**
 * The drawing: a graphology graph kept in step with the view model, drawn by sigma.js
 * (WebGL), laid out by ForceAtlas2 in a web worker. Positions survive redraws, so
 * expanding a node or going back moves only what is new.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import type { ViewModel } from "./model.js";
import type { ViewState } from "./state.js";
import { colourOf, displayName, DIM_COLOUR, EDGE_COLOUR, metricOf, PATH_COLOUR, sizeOf, widthOf } from "./style.js";

export interface CanvasEvents {
  node(id: string): void;
  edge(key: string): void;
  more(id: string): void;
  stage(): void;
}

const MORE = "more:";
/** How long ForceAtlas2 runs after new nodes appear. */
const LAYOUT_MS = 1500;

export class GraphCanvas {
  readonly graph = new Graph({ type: "undirected" });
  private readonly renderer: Sigma;
  private layout: FA2Layout | null = null;
  private layoutTimer: ReturnType<typeof setTimeout> | null = null;
  private highlightPath = false;
  private hidden = new Set<string>();
  private selected: string | null = null;
  private drawn = false;
  /** Resolves when the current layout has stopped (at once when none runs). */
  settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly container: HTMLElement,
    events: CanvasEvents,
  ) {
    this.renderer = new Sigma(this.graph, container, {
      allowInvalidContainer: true,
      enableEdgeEvents: true,
      labelFont: "system-ui, sans-serif",
      labelColor: { color: "#1A1A1A" },
      labelRenderedSizeThreshold: 4,
      zIndex: true,
      nodeReducer: (node, data) => this.nodeLook(node, data),
      edgeReducer: (edge, data) => this.edgeLook(edge, data),
    });
    this.renderer.on("clickNode", ({ node }) => (node.startsWith(MORE) ? events.more(node.slice(MORE.length)) : events.node(node)));
    this.renderer.on("clickEdge", ({ edge }) => events.edge(edge));
    this.renderer.on("clickStage", () => events.stage());
  }

  /** Brings the drawing in line with the model; lays out again when nodes were added. */
  sync(model: ViewModel, state: ViewState): void {
    const g = this.graph;
    this.hidden = new Set(state.hidden);
    this.selected = state.selected;
    this.highlightPath = model.path !== null;
    const pins = new Map(state.pinned.map((p) => [p.id, p]));
    const maxMetric = Math.max(0, ...[...model.nodes.values()].map((n) => metricOf(n, state.size) ?? 0));
    const maxWeight = Math.max(0, ...[...model.edges.values()].map((e) => e.weight ?? 0));

    const wanted = new Set<string>();
    let added = 0;
    for (const n of model.nodes.values()) {
      wanted.add(n.id);
      const metric = metricOf(n, state.size);
      const attrs = {
        label: label(n.entity),
        color: colourOf(n, state.colour),
        size: n.expanded && metric === null ? 9 : sizeOf(metric, maxMetric),
        onPath: n.onPath,
        synthetic: "synthetic" in n.entity && n.entity.synthetic,
      };
      if (!g.hasNode(n.id)) {
        g.addNode(n.id, { ...attrs, ...this.placeNear(n.near, n.id) });
        added++;
      } else g.mergeNodeAttributes(n.id, attrs);
      const pin = pins.get(n.id);
      if (pin) g.mergeNodeAttributes(n.id, { x: pin.x, y: pin.y, fixed: true });
      else g.setNodeAttribute(n.id, "fixed", false);

      const moreId = MORE + n.id;
      if (n.more > 0) {
        wanted.add(moreId);
        const moreLabel = `and ${n.more}${n.moreAtLeast ? "+" : ""} more`;
        if (!g.hasNode(moreId)) {
          g.addNode(moreId, { label: moreLabel, color: "#CFCFCF", size: 4, ...this.placeNear(n.id, moreId) });
          added++;
        } else g.setNodeAttribute(moreId, "label", moreLabel);
        if (!g.hasEdge(moreId, n.id)) g.addEdgeWithKey(`${MORE}${n.id}|edge`, moreId, n.id, { size: 1, color: "#DDDDDD", more: true });
      }
    }
    for (const id of g.nodes()) if (!wanted.has(id)) g.dropNode(id);

    const wantedEdges = new Set<string>();
    for (const e of model.edges.values()) {
      wantedEdges.add(e.key);
      const attrs = { size: widthOf(e.weight, maxWeight), weight: e.weight ?? 1, onPath: e.onPath };
      if (!g.hasEdge(e.key)) g.addEdgeWithKey(e.key, e.a, e.b, attrs);
      else g.mergeEdgeAttributes(e.key, attrs);
    }
    for (const key of g.edges()) if (!wantedEdges.has(key) && !g.getEdgeAttribute(key, "more")) g.dropEdge(key);

    this.renderer.setSetting("labelRenderedSizeThreshold", g.order <= 80 ? 0 : 6);
    this.container.dataset.nodes = String(model.nodes.size);
    this.container.dataset.edges = String(model.edges.size);
    if (added > 0 && !this.drawn) {
      // The benchmark (bench/explorer.ts) reads this mark: time to the first frame with entities in it.
      this.renderer.once("afterRender", () => performance.mark("explorer:first-draw", { detail: { nodes: g.order, edges: g.size } }));
      this.drawn = true;
    }
    if (added > 0) this.runLayout();
    else this.renderer.refresh();
  }

  /** Where a new node starts: next to the node that brought it in, else on a circle. */
  private placeNear(near: string | null, id: string): { x: number; y: number } {
    const angle = (hash(id) % 360) * (Math.PI / 180);
    if (near && this.graph.hasNode(near)) {
      const x = this.graph.getNodeAttribute(near, "x") as number;
      const y = this.graph.getNodeAttribute(near, "y") as number;
      return { x: x + Math.cos(angle), y: y + Math.sin(angle) };
    }
    const r = 10 + (hash(id) % 7);
    return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  }

  private runLayout(): void {
    this.stopLayout();
    if (this.graph.order < 2) {
      this.renderer.refresh();
      return;
    }
    const layout = new FA2Layout(this.graph, { settings: { ...forceAtlas2.inferSettings(this.graph), slowDown: 5 }, getEdgeWeight: "weight" });
    this.layout = layout;
    layout.start();
    this.settled = new Promise((resolve) => {
      this.layoutTimer = setTimeout(() => {
        this.stopLayout();
        this.renderer.getCamera().animatedReset({ duration: 200 }).then(resolve, resolve);
      }, LAYOUT_MS);
    });
  }

  private stopLayout(): void {
    if (this.layoutTimer) clearTimeout(this.layoutTimer);
    this.layoutTimer = null;
    this.layout?.kill();
    this.layout = null;
  }

  /** Where a drawn entity is on the screen, in pixels from the drawing's top left corner. */
  viewportPosition(id: string): { x: number; y: number } | null {
    const at = this.position(id);
    return at ? this.renderer.graphToViewport(at) : null;
  }

  /** The colour an entity is drawn in; null when it is not drawn. */
  colour(id: string): string | null {
    return this.graph.hasNode(id) ? (this.graph.getNodeAttribute(id, "color") as string) : null;
  }

  position(id: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(id)) return null;
    return { x: this.graph.getNodeAttribute(id, "x") as number, y: this.graph.getNodeAttribute(id, "y") as number };
  }

  private nodeLook(node: string, data: Record<string, unknown>): Record<string, unknown> {
    const look: Record<string, unknown> = { ...data };
    if (this.hidden.has(node) || (node.startsWith(MORE) && this.hidden.has(node.slice(MORE.length)))) look.hidden = true;
    if (this.highlightPath && !data.onPath) {
      look.color = DIM_COLOUR;
      look.label = node === this.selected ? data.label : "";
    }
    if (this.highlightPath && data.onPath) look.zIndex = 1;
    if (node === this.selected) {
      look.highlighted = true;
      look.zIndex = 2;
    }
    return look;
  }

  private edgeLook(edge: string, data: Record<string, unknown>): Record<string, unknown> {
    const look: Record<string, unknown> = { ...data, color: EDGE_COLOUR };
    const [a, b] = this.graph.extremities(edge);
    if (this.hidden.has(a) || this.hidden.has(b)) look.hidden = true;
    if (this.highlightPath) {
      look.color = data.onPath ? PATH_COLOUR : DIM_COLOUR;
      if (data.onPath) look.size = Math.max(3, (data.size as number) ?? 1);
      look.zIndex = data.onPath ? 1 : 0;
    }
    if (edge === this.selected) {
      look.color = "#000000";
      look.zIndex = 2;
    }
    return look;
  }

  /** The drawing as a PNG on a white background, the canvases composed in their stacking order. */
  async png(): Promise<Blob> {
    this.renderer.refresh();
    const layers = [...this.container.querySelectorAll("canvas")];
    const first = layers[0];
    if (!first) throw new Error("nothing is drawn");
    const out = document.createElement("canvas");
    out.width = first.width;
    out.height = first.height;
    const ctx = out.getContext("2d");
    if (!ctx) throw new Error("this browser cannot compose an image");
    ctx.fillStyle = "#FFFFFF";
    ctx.fillRect(0, 0, out.width, out.height);
    // WebGL layers keep their pixels only until the browser composites: copy them now, in the same task as the render.
    for (const layer of layers) ctx.drawImage(layer, 0, 0, out.width, out.height);
    return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the image could not be encoded"))), "image/png"));
  }

  resize(): void {
    this.renderer.resize();
    this.renderer.refresh();
  }
}

function label(entity: Parameters<typeof displayName>[0]): string {
  const marks = [("synthetic" in entity && entity.synthetic) ? "synthetic" : null, ("uncertain" in entity && entity.uncertain) ? "uncertain" : null].filter(Boolean);
  return marks.length ? `${displayName(entity)} [${marks.join(", ")}]` : displayName(entity);
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}
