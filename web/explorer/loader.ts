/**
 * Fetches what a view needs, remembering answers for the page's life so that back,
 * forward and small changes (hide, select) redraw without asking again.
 */
import { request } from "./api.js";
import {
  ExplorerNeighbourhoodDocument,
  ExplorerNetworkDocument,
  ExplorerPathDocument,
  type ExplorerNeighbourhoodQuery,
  type ExplorerNetworkQuery,
  type ExplorerPathQuery,
} from "./generated/graphql.js";
import type { Answers } from "./model.js";
import type { ViewState } from "./state.js";

/** The network's cap on edges; the view says when the API cut it. */
export const MAX_EDGES = 500;
/** The longest path looked for (the API's ceiling). */
export const MAX_HOPS = 6;

const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    cache.set(key, hit);
    // A failure is not remembered: retrying asks again.
    hit.catch(() => cache.delete(key));
  }
  return hit;
}

/** Forget every answer (after the API key changes, or on "reload"). */
export function clearCache(): void {
  cache.clear();
}

export function networkVariables(state: ViewState) {
  const n = state.network!;
  return {
    region: n.region,
    programme: n.programme,
    from: state.from,
    to: state.to,
    minWeight: n.minWeight,
    maxEdges: MAX_EDGES,
    includeSynthetic: state.synthetic,
    includeOrganizations: n.organizations,
  };
}

export async function loadAnswers(state: ViewState): Promise<Answers> {
  const expansions = Promise.all(
    state.expansions.map((e) => {
      const vars = { id: e.id, limit: e.fanout, includeSynthetic: state.synthetic };
      return cached<ExplorerNeighbourhoodQuery>(`n:${JSON.stringify(vars)}`, () => request(ExplorerNeighbourhoodDocument, vars));
    }),
  );
  const network = state.network
    ? cached<ExplorerNetworkQuery>(`w:${JSON.stringify(networkVariables(state))}`, () => request(ExplorerNetworkDocument, networkVariables(state)))
    : Promise.resolve(null);
  const path = state.path
    ? (() => {
        const vars = { from: state.path.from, to: state.path.to, maxHops: MAX_HOPS, includeSynthetic: state.synthetic };
        return cached<ExplorerPathQuery>(`p:${JSON.stringify(vars)}`, () => request(ExplorerPathDocument, vars));
      })()
    : Promise.resolve(null);
  // All at once, so one failure never leaves the others' rejections unhandled.
  const [e, w, p] = await Promise.all([expansions, network, path]);
  return { expansions: e, network: w, path: p };
}
