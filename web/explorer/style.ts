/**
 * How entities look: one place for the size metrics, the colour schemes and the names
 * shown. A new network field reaches the page by adding it to operations/network.graphql
 * and a case here.
 */
import type { ExplorerNodeFragment } from "./generated/graphql.js";
import type { NetworkEdgeFields, NetworkNodeFields, ViewNode } from "./model.js";

/** Node size in the network: a numeric NetworkNode field of operations/network.graphql, by its name. */
export const SIZE_METRICS = ["degree", "strength", "betweenness", "pageRank", "eigenvector"] as const satisfies readonly (keyof NetworkNodeFields)[];
export type SizeMetric = (typeof SIZE_METRICS)[number];
export const SIZE_LABELS: Record<SizeMetric, string> = {
  degree: "degree (partners)",
  strength: "strength (shared events)",
  betweenness: "betweenness",
  pageRank: "PageRank",
  eigenvector: "eigenvector centrality",
};

/** A node's value of a metric; null for an entity that is not in the network, or a centrality that did not converge. */
export function metricOf(n: Pick<ViewNode, "network">, metric: SizeMetric): number | null {
  return n.network?.[metric] ?? null;
}

/** A network edge's shared events by year, as "2018: 2, 2019: 1". */
export function formatWeightByYear(e: Pick<NetworkEdgeFields, "weightByYear">): string {
  return e.weightByYear.map((y) => `${y.year}: ${y.weight}`).join(", ");
}

/** What the side panel and the table say of a network edge, one line or column each. */
export const NETWORK_EDGE_FACTS: { key: string; title: string; value(e: NetworkEdgeFields): string | number; numeric?: boolean }[] = [
  { key: "weight", title: "Shared events", value: (e) => e.weight, numeric: true },
  { key: "firstDate", title: "First shared", value: (e) => e.firstDate ?? "" },
  { key: "lastDate", title: "Last shared", value: (e) => e.lastDate ?? "" },
  { key: "weightByYear", title: "By year", value: formatWeightByYear },
];

export const COLOUR_SCHEMES = ["region", "type", "community"] as const;
export type ColourScheme = (typeof COLOUR_SCHEMES)[number];
export const COLOUR_LABELS: Record<ColourScheme, string> = { region: "WCO region", type: "kind of entity", community: "community (Louvain)" };

/**
 * Communities by their id (0 the largest): Paul Tol's muted palette, colour-blind safe;
 * ids past its end share the last colour (listed as such in the legend).
 */
export const COMMUNITY_COLOURS = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499", "#DDDDDD"];

/**
 * The Okabe–Ito palette, readable by people with colour-vision deficiencies, one colour
 * per WCO region; entities that are not members keep neutral tones.
 */
export const REGION_COLOURS: Record<string, string> = {
  AP: "#0072B2",
  EUR: "#E69F00",
  ESA: "#009E73",
  MENA: "#CC79A7",
  AMS: "#D55E00",
  WCA: "#56B4E9",
};
export const REGION_NAMES: Record<string, string> = {
  AP: "Asia/Pacific",
  EUR: "Europe",
  ESA: "East and Southern Africa",
  MENA: "North Africa, Near and Middle East",
  AMS: "Americas and Caribbean",
  WCA: "West and Central Africa",
};
/** By kind of entity; apart from Member, none is a region's colour, so both schemes can share them. */
export const TYPE_COLOURS: Record<string, string> = {
  Member: "#0072B2",
  Organization: "#7B5A1E",
  Event: "#8C8C8C",
  Programme: "#4B2991",
  Resolution: "#8B1A1A",
  Person: "#1A1A1A",
  Region: "#B5B5B5",
  Source: "#4D4D4D",
};
export const NO_REGION = "#D9D9D9";

/** The name an entity is known by, whatever its label. */
export function displayName(n: ExplorerNodeFragment): string {
  switch (n.__typename) {
    case "Member":
    case "Person":
    case "Region":
      return n.name;
    case "Organization":
      return n.acronym ? `${n.name} (${n.acronym})` : n.name;
    case "Programme":
      return `${n.name} (${n.code})`;
    case "Resolution":
      return n.adopted ? `${n.name} (${n.adopted})` : n.name;
    case "Event":
      return n.startDate ? `${n.title} (${n.startDate})` : n.title;
    case "Source":
      return n.title;
  }
}

export function regionOf(n: ExplorerNodeFragment): string | null {
  return n.__typename === "Member" ? (n.region?.code ?? null) : null;
}

/** A community's colour; null (no community: not in the network) is neutral. */
export function communityColour(community: number | null | undefined): string {
  if (community === null || community === undefined) return NO_REGION;
  return COMMUNITY_COLOURS[Math.min(community, COMMUNITY_COLOURS.length - 1)]!;
}

/** A drawn entity's colour. */
export function colourOf(node: Pick<ViewNode, "entity" | "network">, scheme: ColourScheme): string {
  const n = node.entity;
  if (scheme === "community") return communityColour(node.network?.community);
  if (scheme === "type") return TYPE_COLOURS[n.__typename] ?? NO_REGION;
  if (n.__typename !== "Member") return TYPE_COLOURS[n.__typename] ?? NO_REGION;
  return REGION_COLOURS[regionOf(n) ?? ""] ?? NO_REGION;
}

/** Sizes in screen pixels: by the metric for network nodes (square root, so area follows it), else by level. */
export function sizeOf(metric: number | null, max: number): number {
  if (metric === null || max <= 0) return 6;
  return 4 + 12 * Math.sqrt(metric / max);
}

/** Edge thickness by weight (shared events); relationships without a weight are thin. */
export function widthOf(weight: number | null, max: number): number {
  if (weight === null || max <= 0) return 1;
  return 1 + 5 * Math.sqrt(weight / max);
}

export const PATH_COLOUR = "#C00000";
export const DIM_COLOUR = "#E4E4E4";
export const EDGE_COLOUR = "#B8B8B8";
