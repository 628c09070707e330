import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cypherDir } from "../../src/db/cypher.registry.js";

// Schema statements say IF NOT EXISTS and run at every start: an edited file
// changes nothing on a database that already has the index or constraint, so
// the change would reach new databases only. cypher/schema/applied.sha256
// (sha256sum's format) pins every released file; a change goes in a new
// numbered file (e.g. 011-…: DROP INDEX x IF EXISTS, then CREATE it anew).
describe("cypher/schema files", () => {
  const dir = join(cypherDir(), "schema");
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
    expect(pinned.has(file), `new schema file: append this line to cypher/schema/applied.sha256\n${hash}  ${file}`).toBe(true);
    expect(
      hash,
      `cypher/schema/${file} changed after release. Existing databases keep the old definition (IF NOT EXISTS); ` +
        "restore the file and put the change in a new numbered file that drops and recreates the index or constraint.",
    ).toBe(pinned.get(file));
  });

  it("every pinned file still exists (applied files are never removed)", () => {
    expect([...pinned.keys()].filter((f) => !files.includes(f))).toEqual([]);
  });

  it("files are numbered, so they apply in a fixed order", () => {
    for (const file of files) expect(file).toMatch(/^\d{3}-[a-z0-9-]+\.cypher$/);
  });
});
