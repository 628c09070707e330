/**
 * What each of the analyst's actions does to the view: pure functions from a view to
 * the next, so that every action is a URL and a history entry.
 */
import { DEFAULT_FANOUT, emptyState, MAX_FANOUT, type NetworkParams, type ViewState } from "./state.js";

/** A fresh view of one entity's neighbourhood, keeping the look and the period. */
export function open(s: ViewState, id: string): ViewState {
  return { ...keepLook(s), expansions: [{ id, fanout: DEFAULT_FANOUT }], selected: id };
}

export function expand(s: ViewState, id: string): ViewState {
  if (s.expansions.some((e) => e.id === id)) return s;
  return { ...s, expansions: [...s.expansions, { id, fanout: DEFAULT_FANOUT }], removed: s.removed.filter((r) => r !== id) };
}

export function showMore(s: ViewState, id: string): ViewState {
  const expansions = s.expansions.map((e) => (e.id === id ? { ...e, fanout: Math.min(MAX_FANOUT, e.fanout + DEFAULT_FANOUT) } : e));
  return { ...s, expansions };
}

export function select(s: ViewState, id: string | null): ViewState {
  return { ...s, selected: id };
}

/** A click on a drawn entity: select it and, while exploring neighbourhoods (no network drawn), expand it. */
export function clickNode(s: ViewState, id: string): ViewState {
  const selected = select(s, id);
  return s.network ? selected : expand(selected, id);
}

export function hide(s: ViewState, id: string): ViewState {
  return s.hidden.includes(id) ? s : { ...s, hidden: [...s.hidden, id], selected: s.selected === id ? null : s.selected };
}

export function unhide(s: ViewState, id: string): ViewState {
  return { ...s, hidden: s.hidden.filter((h) => h !== id) };
}

/** Removed entities leave the view (and its expansions) until expanded again. */
export function remove(s: ViewState, id: string): ViewState {
  return {
    ...s,
    removed: s.removed.includes(id) ? s.removed : [...s.removed, id],
    expansions: s.expansions.filter((e) => e.id !== id),
    hidden: s.hidden.filter((h) => h !== id),
    pinned: s.pinned.filter((p) => p.id !== id),
    selected: s.selected === id || s.selected?.split("|").includes(id) ? null : s.selected,
  };
}

export function togglePin(s: ViewState, id: string, at: { x: number; y: number } | null): ViewState {
  if (s.pinned.some((p) => p.id === id)) return { ...s, pinned: s.pinned.filter((p) => p.id !== id) };
  return at ? { ...s, pinned: [...s.pinned, { id, ...at }] } : s;
}

export function path(s: ViewState, from: string, to: string): ViewState {
  return { ...s, path: { from, to }, selected: null };
}

export function clearPath(s: ViewState): ViewState {
  return { ...s, path: null };
}

/** A network view replaces what was drawn (keeping the look, the period and synthetic data). */
export function network(s: ViewState, params: NetworkParams): ViewState {
  return { ...keepLook(s), network: params };
}

export function period(s: ViewState, from: string | null, to: string | null): ViewState {
  return { ...s, from, to };
}

function keepLook(s: ViewState): ViewState {
  return { ...emptyState(), from: s.from, to: s.to, synthetic: s.synthetic, colour: s.colour, size: s.size, tab: s.tab };
}
