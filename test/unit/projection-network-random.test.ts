import { describe, expect, it } from "vitest";
import type { NetworkFilter } from "../../src/analysis/analysis.repository.js";
import type { Projection } from "../../src/projection/projection.model.js";
import { countNetwork, networkValue } from "../../src/projection/projection.network.js";
import { WHOLE_NETWORK } from "../support/network-filter.js";
import { RANDOM_REGIONS, randomProjection } from "../support/random-projection.js";

const all = WHOLE_NETWORK;

interface NaiveEdge {
  weight: number;
  sources: Set<string>;
}

/**
 * The network read straight off its definition, event by event, with sets:
 * at each event every member stands for itself, and (folded) every
 * organization for each member a folding tie names; two members standing at
 * one event share it. An edge's sources are those of the participations its
 * ends stood by there; a member's affiliates are the ties it stood by at an
 * event it shared with another member. Synthetic data in, every source, no period.
 */
function naiveNetwork(projection: Projection, filter: NetworkFilter) {
  const id = (a: number) => projection.actorIds[a]!;
  const inRegion = (a: number) => filter.region === null || projection.actorRegions[a]!.includes(filter.region);
  const edges = new Map<string, NaiveEdge>();
  const via = new Map<string, Set<string>>();
  for (let e = 0; e < projection.eventIds.length; e++) {
    const standing = new Map<string, { sources: Set<string>; ties: Set<string> }>();
    const stand = (member: string, sources: string[], tie: string | null) => {
      let s = standing.get(member);
      if (!s) standing.set(member, (s = { sources: new Set(), ties: new Set() }));
      sources.forEach((x) => s.sources.add(x));
      if (tie) s.ties.add(tie);
    };
    for (let p = projection.partFrom[e]!; p < projection.partFrom[e + 1]!; p++) {
      const actor = projection.partActor[p]!;
      const sources: string[] = [];
      for (let s = projection.sourceFrom[p]!; s < projection.sourceFrom[p + 1]!; s++) sources.push(projection.sources[projection.sourceIds[s]!]!);
      if (projection.actorIsMember[actor] === 1) {
        if (inRegion(actor)) stand(id(actor), sources, null);
      } else if (filter.foldMembers) {
        for (const t of projection.tiesOf.get(actor) ?? []) if (inRegion(t.member)) stand(id(t.member), sources, `${id(t.organization)} ${t.role}`);
      }
    }
    const members = [...standing.keys()].sort();
    for (const [i, a] of members.entries()) {
      for (const b of members.slice(i + 1)) {
        const key = `${a} ${b}`;
        let edge = edges.get(key);
        if (!edge) edges.set(key, (edge = { weight: 0, sources: new Set() }));
        edge.weight += 1;
        for (const m of [a, b]) {
          standing.get(m)!.sources.forEach((s) => edge.sources.add(s));
          let ties = via.get(m);
          if (!ties) via.set(m, (ties = new Set()));
          standing.get(m)!.ties.forEach((t) => ties.add(t));
        }
      }
    }
  }
  return {
    edges: Object.fromEntries([...edges].map(([k, v]) => [k, { weight: v.weight, sources: [...v.sources].sort() }])),
    via: Object.fromEntries([...via].filter(([, ties]) => ties.size > 0).map(([m, ties]) => [m, [...ties].sort()])),
  };
}

async function counted(projection: Projection, filter: NetworkFilter) {
  const value = networkValue(projection, await countNetwork(projection, filter), filter);
  return {
    edges: Object.fromEntries(value.edges.map((e) => [`${e.source} ${e.target}`, { weight: e.weight, sources: e.sources }])),
    via: Object.fromEntries(value.nodes.filter((n) => n.via.length > 0).map((n) => [n.id, n.via.map((t) => `${t.organizationId} ${t.role}`).sort()])),
  };
}

describe("a network counted on the projection, against its definition read event by event", () => {
  it("weights, sources and the affiliates each member stood by, for the whole network and each region, folded or not", async () => {
    let edges = 0;
    let affiliates = 0;
    for (const seed of [2, 9]) {
      const projection = randomProjection(seed);
      for (const region of [null, ...RANDOM_REGIONS]) {
        for (const foldMembers of [false, true]) {
          const filter = { ...all, region, foldMembers };
          const expected = naiveNetwork(projection, filter);
          expect(await counted(projection, filter), `seed ${seed}, region ${region}, folded ${foldMembers}`).toEqual(expected);
          edges += Object.keys(expected.edges).length;
          affiliates += Object.values(expected.via).flat().length;
        }
      }
    }
    // Not a comparison of empty networks: hundreds of edges, and affiliates folded in.
    expect(edges).toBeGreaterThan(1_000);
    expect(affiliates).toBeGreaterThan(20);
  });
});
