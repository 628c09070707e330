import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate/generate.service.js";
import { loadWorld } from "../../src/generate/generate.world.js";
import { readImportFile } from "../../src/import/import.reader.js";
import { ImportService } from "../../src/import/import.service.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import { NetworkTotalsDocument } from "../generated/graphql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { silentLogger } from "../support/db.js";
import { execute } from "../support/graphql.js";

interface Edge {
  source: string;
  target: string;
  weight: number;
}

/** Weight descending, then source id, then target id, in string (code unit) order: the documented tie order. */
const byWeight = (x: Edge, y: Edge) => y.weight - x.weight || (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0);

/**
 * An honest cooperationNetwork: when maxEdges cuts the network, the answer says
 * so and gives the whole network's size, and nodes keep their degree and
 * strength in the whole network. Checked against the network computed a second
 * time from the seed and generated files.
 */
describe("cooperationNetwork says what it cut", () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-network-"));
  /** Member pairs of PGS events (PGS or its sub-programmes), synthetic data included, by weight. */
  let pgs: Edge[] = [];

  beforeAll(async () => {
    let files: string[] = [];
    t = await startTestApp({
      seed: true,
      prepare: async (db) => {
        files = (await generate(await loadWorld(seedFiles()), { scale: "small", seed: 11, outDir: dir })).files;
        await new ImportService(db.runner, silentLogger).importFiles(files);
      },
    });
    const parents = new Map<string, string[]>();
    const codeOf = new Map<string, string>();
    const programmesOf = new Map<string, string[]>();
    const members = new Map<string, Set<string>>();
    for (const path of [...seedFiles(), ...files]) {
      const f = await readImportFile(path);
      for (const n of f.nodes) if (n.label === "Programme") codeOf.set(n.id, String(n.props.code));
      for (const r of f.rels) {
        if (r.type === "PART_OF" && r.from.startsWith("programme:")) parents.set(r.from, [...(parents.get(r.from) ?? []), r.to]);
        if (r.type === "ACTIVITY_OF" || r.type === "ADDRESSED") programmesOf.set(r.from, [...(programmesOf.get(r.from) ?? []), r.to]);
        if (r.type === "PARTICIPATED_IN" && r.from.startsWith("member:")) members.set(r.to, (members.get(r.to) ?? new Set()).add(r.from));
      }
    }
    const underPgs = (p: string, seen = new Set<string>()): boolean => {
      if (codeOf.get(p) === "PGS") return true;
      if (seen.has(p)) return false;
      seen.add(p);
      return (parents.get(p) ?? []).some((q) => underPgs(q, seen));
    };
    const weights = new Map<string, number>();
    for (const [event, programmes] of programmesOf) {
      if (!programmes.some((p) => underPgs(p))) continue;
      const ms = [...(members.get(event) ?? [])].sort();
      for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) weights.set(`${ms[i]} ${ms[j]}`, (weights.get(`${ms[i]} ${ms[j]}`) ?? 0) + 1);
    }
    pgs = [...weights].map(([k, weight]) => ({ source: k.split(" ")[0]!, target: k.split(" ")[1]!, weight })).sort(byWeight);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What the answer should be for the first maxEdges edges of a network, computed from its edges. */
  function expectedAnswer(all: Edge[], maxEdges: number) {
    const kept = all.slice(0, maxEdges);
    const stats = new Map<string, { entityId: string; degree: number; strength: number; keptDegree: number; keptStrength: number }>();
    all.forEach((e, i) => {
      for (const id of [e.source, e.target]) {
        const s = stats.get(id) ?? { entityId: id, degree: 0, strength: 0, keptDegree: 0, keptStrength: 0 };
        s.degree += 1;
        s.strength += e.weight;
        if (i < maxEdges) {
          s.keptDegree += 1;
          s.keptStrength += e.weight;
        }
        stats.set(id, s);
      }
    });
    const nodes = [...stats.values()].filter((s) => s.keptDegree > 0).sort((x, y) => y.strength - x.strength || (x.entityId < y.entityId ? -1 : 1));
    return { truncated: all.length > maxEdges, totalEdges: all.length, totalNodes: stats.size, nodes, edges: kept };
  }

  it("PGS with synthetic data is cut at maxEdges 2000, and says so, with whole-network degrees", async () => {
    expect(pgs.length).toBeGreaterThan(2000);
    const res = await execute(t.app, NetworkTotalsDocument, { programme: "PGS", maxEdges: 2000, includeSynthetic: true });
    expect(res.errors).toBeUndefined();
    const answer = res.data!.cooperationNetwork;
    const expected = expectedAnswer(pgs, 2000);
    expect(answer.truncated).toBe(true);
    expect(answer.totalEdges).toBe(pgs.length);
    expect(answer.totalNodes).toBe(expected.totalNodes);
    // Some members have no kept edge: they are not listed, but totalNodes counts them.
    expect(answer.nodes.length).toBeLessThan(answer.totalNodes);
    expect(answer.edges).toEqual(expected.edges);
    expect(answer.nodes).toEqual(expected.nodes);
    expect(res.statements).toBe(2); // the programme code's check, then the network
  });

  it("a small cut keeps ties in the documented order (weight, then source id, then target id)", async () => {
    // A cut inside a run of equal weights, so the tie order decides which edges stay.
    const cut = pgs.findIndex((e, i) => i > 0 && e.weight === pgs[i - 1]!.weight && pgs[i + 1]?.weight === e.weight);
    expect(cut).toBeGreaterThan(0);
    const res = await execute(t.app, NetworkTotalsDocument, { programme: "PGS", maxEdges: cut, includeSynthetic: true });
    expect(res.data!.cooperationNetwork).toEqual(expectedAnswer(pgs, cut));
  });

  it("an uncut network says it is whole: totals equal what is listed, kept equals whole", async () => {
    // The lowest minWeight that leaves fewer than 2000 edges.
    let minWeight = 1;
    while (pgs.filter((e) => e.weight >= minWeight).length >= 2000) minWeight += 1;
    const heavy = pgs.filter((e) => e.weight >= minWeight);
    expect(heavy.length).toBeGreaterThan(100);
    const res = await execute(t.app, NetworkTotalsDocument, { programme: "PGS", minWeight, maxEdges: 2000, includeSynthetic: true });
    const answer = res.data!.cooperationNetwork;
    expect(answer).toEqual(expectedAnswer(heavy, 2000));
    expect(answer.truncated).toBe(false);
    expect(answer.totalNodes).toBe(answer.nodes.length);
    expect(answer.nodes.every((n) => n.degree === n.keptDegree && n.strength === n.keptStrength)).toBe(true);
  });

  it("an empty network is whole and empty", async () => {
    const res = await execute(t.app, NetworkTotalsDocument, { programme: "PGS", minWeight: 1_000_000 });
    expect(res.data!.cooperationNetwork).toEqual({ truncated: false, totalEdges: 0, totalNodes: 0, nodes: [], edges: [] });
  });
});
