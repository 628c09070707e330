import { describe, expect, it } from "vitest";
import type { ExplorerNodeFragment } from "../../web/explorer/generated/graphql.js";
import { exportLinks } from "../../web/explorer/exports.js";
import { MAX_EDGES } from "../../web/explorer/loader.js";
import type { NetworkNodeFields } from "../../web/explorer/model.js";
import { formatState, parseState } from "../../web/explorer/state.js";
import { colourOf, COMMUNITY_COLOURS, metricOf, NETWORK_EDGE_FACTS, NO_REGION } from "../../web/explorer/style.js";

const entity: ExplorerNodeFragment = { __typename: "Member", id: "member:jpn", name: "Japan", iso3: "JPN", synthetic: false, uncertain: false, region: { code: "AP" } };
const fields = (over: Partial<NetworkNodeFields> = {}): NetworkNodeFields => ({
  entityId: "member:jpn",
  degree: 4,
  strength: 9,
  betweenness: 2.5,
  pageRank: 0.12,
  eigenvector: null,
  community: 1,
  ...over,
});

describe("the explorer's network analytics", () => {
  it("keeps a centrality size and the community colour in the URL, and drops unknown ones", () => {
    const s = parseState("?network=1&region=AP&size=pageRank&colour=community");
    expect(s.size).toBe("pageRank");
    expect(s.colour).toBe("community");
    expect(formatState(s)).toBe("?network=1&region=AP&colour=community&size=pageRank");
    for (const size of ["betweenness", "eigenvector"]) expect(parseState(`?size=${size}`).size).toBe(size);
    expect(parseState("?size=closeness&colour=clique")).toMatchObject({ size: "degree", colour: "region" });
  });

  it("sizes by the chosen centrality; a centrality the API left null (not converged) sizes as no value", () => {
    expect(metricOf({ network: fields() }, "betweenness")).toBe(2.5);
    expect(metricOf({ network: fields() }, "pageRank")).toBe(0.12);
    expect(metricOf({ network: fields() }, "eigenvector")).toBeNull();
    expect(metricOf({ network: null }, "pageRank")).toBeNull();
  });

  it("colours by community id, ids past the palette sharing its last colour, entities outside the network neutral", () => {
    expect(colourOf({ entity, network: fields({ community: 0 }) }, "community")).toBe("#332288");
    expect(colourOf({ entity, network: fields({ community: 1 }) }, "community")).toBe("#88CCEE");
    expect(colourOf({ entity, network: fields({ community: 99 }) }, "community")).toBe(COMMUNITY_COLOURS.at(-1));
    expect(colourOf({ entity, network: null }, "community")).toBe(NO_REGION);
    expect(colourOf({ entity, network: fields() }, "region")).toBe("#0072B2");
  });

  it("lists an edge's first and last shared date and its weight by year", () => {
    const edge = { source: "member:a", target: "member:b", weight: 3, firstDate: "2018-03", lastDate: "2019-11-02", weightByYear: [{ year: 2018, weight: 2 }, { year: 2019, weight: 1 }] };
    expect(Object.fromEntries(NETWORK_EDGE_FACTS.map((f) => [f.key, f.value(edge)]))).toEqual({
      weight: 3,
      firstDate: "2018-03",
      lastDate: "2019-11-02",
      weightByYear: "2018: 2, 2019: 1",
    });
    expect(NETWORK_EDGE_FACTS.find((f) => f.key === "firstDate")!.value({ ...edge, firstDate: null })).toBe("");
  });

  it("links the server's exports with the view's network arguments, and none outside a network view", () => {
    expect(exportLinks(parseState("?open=member:jpn"))).toEqual([]);
    const links = exportLinks(parseState("?network=1&region=AP&programme=PAX&minWeight=2&from=2018&synthetic=1"));
    expect(links.map((l) => l.href.split("?")[0])).toEqual(
      ["gexf", "graphml", "nodes.csv", "edges.csv", "cyjs", "jsonl"].map((f) => `/export/network.${f}`),
    );
    const params = Object.fromEntries(new URLSearchParams(links[0]!.href.split("?")[1]));
    expect(params).toEqual({
      region: "AP",
      programme: "PAX",
      from: "2018",
      minWeight: "2",
      maxEdges: String(MAX_EDGES),
      includeSynthetic: "true",
      includeOrganizations: "false",
    });
    expect(links[0]!.filename).toBe("coopgraph-network.gexf");
  });
});
