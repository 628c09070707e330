/**
 * The whole view as a value, and its URL form: a link reopens the same view, and every
 * change the analyst makes is a history entry (back and forward replay them).
 */
import { COLOUR_SCHEMES, SIZE_METRICS, type ColourScheme, type SizeMetric } from "./style.js";

/** An entity whose neighbourhood is drawn, with how many of its neighbours are shown. */
export interface Expansion {
  id: string;
  fanout: number;
}

export interface NetworkParams {
  region: string | null;
  programme: string | null;
  minWeight: number;
  organizations: boolean;
}

export interface Pin {
  id: string;
  x: number;
  y: number;
}

export interface ViewState {
  expansions: Expansion[];
  network: NetworkParams | null;
  /** Years (or any partial date) bounding the network, the timeline and shared events. */
  from: string | null;
  to: string | null;
  synthetic: boolean;
  path: { from: string; to: string } | null;
  hidden: string[];
  removed: string[];
  pinned: Pin[];
  /** A node id, or an edge as "a|b" (its ends in id order). */
  selected: string | null;
  tab: "graph" | "table";
  colour: ColourScheme;
  size: SizeMetric;
}

export const DEFAULT_FANOUT = 15;
export const MAX_FANOUT = 100;

export function emptyState(): ViewState {
  return {
    expansions: [],
    network: null,
    from: null,
    to: null,
    synthetic: false,
    path: null,
    hidden: [],
    removed: [],
    pinned: [],
    selected: null,
    tab: "graph",
    colour: "region",
    size: "degree",
  };
}

const list = (v: string | null): string[] => (v ? v.split(",").filter((s) => s !== "") : []);

/** Reads a view from a query string; what it cannot read falls back to the default. */
export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.expansions = list(p.get("open")).map((item) => {
    const [id, n] = item.split("*");
    const fanout = Number(n);
    return { id: id!, fanout: Number.isInteger(fanout) && fanout > 0 ? Math.min(fanout, MAX_FANOUT) : DEFAULT_FANOUT };
  });
  if (p.get("network") === "1") {
    const minWeight = Number(p.get("minWeight") ?? "1");
    s.network = {
      region: p.get("region") || null,
      programme: p.get("programme") || null,
      minWeight: Number.isInteger(minWeight) && minWeight >= 1 ? minWeight : 1,
      organizations: p.get("organizations") === "1",
    };
  }
  s.from = p.get("from") || null;
  s.to = p.get("to") || null;
  s.synthetic = p.get("synthetic") === "1";
  const path = list(p.get("path"));
  if (path.length === 2) s.path = { from: path[0]!, to: path[1]! };
  s.hidden = list(p.get("hide"));
  s.removed = list(p.get("remove"));
  s.pinned = list(p.get("pin")).flatMap((item) => {
    const m = /^(.+)@(-?[\d.]+);(-?[\d.]+)$/.exec(item);
    return m ? [{ id: m[1]!, x: Number(m[2]), y: Number(m[3]) }] : [];
  });
  s.selected = p.get("select") || null;
  s.tab = p.get("tab") === "table" ? "table" : "graph";
  const colour = p.get("colour");
  if (colour && (COLOUR_SCHEMES as readonly string[]).includes(colour)) s.colour = colour as ColourScheme;
  const size = p.get("size");
  if (size && (SIZE_METRICS as readonly string[]).includes(size)) s.size = size as SizeMetric;
  return s;
}

/** The query string of a view: only what differs from the default, in a stable order. */
export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.expansions.length) p.set("open", s.expansions.map((e) => (e.fanout === DEFAULT_FANOUT ? e.id : `${e.id}*${e.fanout}`)).join(","));
  if (s.network) {
    p.set("network", "1");
    if (s.network.region) p.set("region", s.network.region);
    if (s.network.programme) p.set("programme", s.network.programme);
    if (s.network.minWeight !== 1) p.set("minWeight", String(s.network.minWeight));
    if (s.network.organizations) p.set("organizations", "1");
  }
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.synthetic) p.set("synthetic", "1");
  if (s.path) p.set("path", `${s.path.from},${s.path.to}`);
  if (s.hidden.length) p.set("hide", s.hidden.join(","));
  if (s.removed.length) p.set("remove", s.removed.join(","));
  if (s.pinned.length) p.set("pin", s.pinned.map((q) => `${q.id}@${round(q.x)};${round(q.y)}`).join(","));
  if (s.selected) p.set("select", s.selected);
  if (s.tab !== "graph") p.set("tab", s.tab);
  if (s.colour !== "region") p.set("colour", s.colour);
  if (s.size !== "degree") p.set("size", s.size);
  const text = p.toString();
  return text ? `?${text}` : "";
}

const round = (n: number): string => String(Math.round(n * 100) / 100);

/** An edge's key: its two ends in id order, so a|b and b|a are one edge. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
