import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate/generate.service.js";
import type { World } from "../../src/generate/generate.world.js";
import { readImportFile } from "../../src/import/import.reader.js";

/** A small world of its own, so these tests do not move when the seed grows. */
const world: World = {
  regions: ["region:ap", "region:eur", "region:esa"],
  members: Array.from({ length: 150 }, (_, i) => ({ id: `member:m${i}`, name: `Member ${i}`, region: ["region:ap", "region:eur", "region:esa"][i % 3] })),
  programmes: ["PGS", "SALW", "STCE", "PAX"].map((code) => ({ id: `programme:${code.toLowerCase()}`, code, name: `Programme ${code}` })),
  organizations: [
    { id: "organization:wco", name: "World Customs Organization", kind: "intergovernmental" },
    { id: "organization:interpol", name: "INTERPOL", kind: "intergovernmental" },
    { id: "organization:gov-japan", name: "Government of Japan", kind: "government" },
    { id: "organization:us-dos", name: "US Department of State", kind: "government" },
  ],
};

const dirs: string[] = [];
const outDir = () => {
  const d = mkdtempSync(join(tmpdir(), "coopgraph-gen-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const digest = (files: string[]) => {
  const h = createHash("sha256");
  for (const f of files) h.update(readFileSync(f));
  return h.digest("hex");
};

describe("the synthetic generator", () => {
  it("writes the same bytes for the same seed, and other bytes for another seed", async () => {
    const a = await generate(world, { scale: "small", seed: 7, outDir: outDir() });
    const b = await generate(world, { scale: "small", seed: 7, outDir: outDir() });
    const c = await generate(world, { scale: "small", seed: 8, outDir: outDir() });
    expect(digest(a.files)).toBe(digest(b.files));
    expect(digest(a.files)).not.toBe(digest(c.files));
  });

  it("makes about 10k relationships at small scale, valid in the import format, every record synthetic", async () => {
    const summary = await generate(world, { scale: "small", seed: 1, outDir: outDir(), recordsPerFile: 4_000 });
    expect(summary.relationships).toBeGreaterThanOrEqual(10_000);
    expect(summary.relationships).toBeLessThan(10_200);
    expect(summary.files.length).toBeGreaterThan(2);

    let rels = 0;
    const defined = new Set<string>(world.members.map((m) => m.id));
    for (const o of world.organizations) defined.add(o.id);
    for (const p of world.programmes) defined.add(p.id);
    for (const path of summary.files) {
      const file = await readImportFile(path);
      expect(file.issues).toEqual([]);
      expect(file.header?.synthetic).toBe(true);
      for (const n of file.nodes) defined.add(n.id);
      // Each file only points at what exists before it: the import order works.
      for (const id of file.references.keys()) expect(defined.has(id)).toBe(true);
      expect(file.nodes.every((n) => n.props.synthetic === true)).toBe(true);
      expect(file.rels.every((r) => r.props.synthetic === true)).toBe(true);
      rels += file.rels.length;
    }
    expect(rels).toBe(summary.relationships);
  });

  it("looks like cooperation: regional clustering and a few very active members", async () => {
    const summary = await generate(world, { scale: "small", seed: 3, outDir: outDir() });
    const regionOf = new Map(world.members.map((m) => [m.id, m.region]));
    const hostOf = new Map<string, string>();
    const participations = new Map<string, number>();
    const pairs: [string, string][] = [];
    for (const path of summary.files) {
      for (const r of (await readImportFile(path)).rels) {
        if (r.type !== "PARTICIPATED_IN" || !r.from.startsWith("member:")) continue;
        participations.set(r.from, (participations.get(r.from) ?? 0) + 1);
        if (r.props.role === "HOST") hostOf.set(r.to, r.from);
        else pairs.push([r.from, r.to]);
      }
    }
    const sameRegion = pairs.filter(([m, e]) => regionOf.get(m) === regionOf.get(hostOf.get(e) ?? "")).length;
    // Three equal regions would give about 1/3 by chance.
    expect(sameRegion / pairs.length).toBeGreaterThan(0.6);

    const counts = [...participations.values()].sort((x, y) => y - x);
    const total = counts.reduce((s, n) => s + n, 0);
    const top = counts.slice(0, Math.ceil(counts.length / 10)).reduce((s, n) => s + n, 0);
    // With uniform activity the top tenth would hold about a tenth.
    expect(top / total).toBeGreaterThan(0.25);
  });
});
