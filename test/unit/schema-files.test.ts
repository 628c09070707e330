import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cypherDir } from "../../src/db/cypher.registry.js";

// Schema statements say IF NOT EXISTS and run at every start: an edited file
// changes nothing on a database that already has the index or constraint, so
// the change would reach new databases only. Data migrations run once per
// database (src/db/migrations.apply.ts): an edited one would not run again
// where it already ran. So <folder>/applied.sha256 (sha256sum's format) pins
// every released file of both; a change goes in a new numbered file (e.g.
// 011-…: DROP INDEX x IF EXISTS, then CREATE it anew; a new migration).
const FOLDERS = ["schema", "migrations"] as const;

// A released schema file that became a data migration: it stays pinned (its
// line records what older databases ran), and its new home must exist.
const MOVED: Record<string, string> = { "schema/032-page-key-fill.cypher": "migrations/001-page-key-fill.cypher" };

describe.each(FOLDERS)("cypher/%s files", (folder) => {
  const dir = join(cypherDir(), folder);
  const pinned = new Map(
    readFileSync(join(dir, "applied.sha256"), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => {
        const [hash, file] = line.split(/\s+\*?/);
        return [file ?? "", hash ?? ""];
      }),
  );
  const files = readdirSync(dir).filter((f) => f.endsWith(".cypher")).sort();
  const sha256 = (file: string) => createHash("sha256").update(readFileSync(join(dir, file))).digest("hex");

  it.each(files)("%s is pinned and unchanged", (file) => {
    const hash = sha256(file);
    expect(pinned.has(file), `new ${folder} file: append this line to cypher/${folder}/applied.sha256\n${hash}  ${file}`).toBe(true);
    expect(
      hash,
      `cypher/${folder}/${file} changed after release. Existing databases keep what the old one did; ` +
        "restore the file and put the change in a new numbered file (for an index or constraint: one that drops and recreates it).",
    ).toBe(pinned.get(file));
  });

  it("every pinned file still exists (applied files are never removed, only moved to a migration)", () => {
    const missing = [...pinned.keys()].filter((f) => !files.includes(f));
    expect(missing.filter((f) => !MOVED[`${folder}/${f}`])).toEqual([]);
    for (const f of missing) expect(existsSync(join(cypherDir(), MOVED[`${folder}/${f}`]!)), `${folder}/${f} moved to a file that does not exist`).toBe(true);
  });

  it("files are numbered, so they apply in a fixed order", () => {
    for (const file of files) expect(file).toMatch(/^\d{3}-[a-z0-9-]+\.cypher$/);
  });
});
