import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cypherDir, readCypherFile } from "../../src/db/cypher.registry.js";
import { REL_TYPE_NAMES, REL_TYPES } from "../../src/model/model.relationships.js";

// The relation pages expand one typed branch per relationship type (see the
// files' comments): a type added to the model without its branch would never
// be listed, silently.
describe("relation page statements", () => {
  it.each(["relations/outgoing", "relations/incoming"])("%s has a typed branch for every relationship type, and a typed degree for the total", (name) => {
    const text = readCypherFile(name);
    for (const type of REL_TYPE_NAMES) {
      expect(text).toContain(`[r:${type}]`);
      expect(text).toMatch(new RegExp(`(WITH n WHERE|CASE WHEN) '${type}' IN \\$types`));
    }
    expect(text.match(/UNION ALL/g)).toHaveLength(REL_TYPE_NAMES.length - 1);
    for (const type of REL_TYPE_NAMES) expect(text).toContain(`WHEN '${type}' IN $types THEN COUNT {`);
  });

  // The busy end of a type is the one that is not its anchor (model.relationships.ts):
  // its pages read the page key's index; the anchor end expands its few relationships.
  it.each([
    ["relations/outgoing", "to", (t: string) => `MATCH ()-[r:${t}]->(m)`],
    ["relations/incoming", "from", (t: string) => `MATCH ()<-[r:${t}]-(m)`],
  ] as const)("%s reads the page key's index exactly on the busy end of each type", (name, anchorOfBusy, seek) => {
    const text = readCypherFile(name);
    for (const type of REL_TYPE_NAMES) expect(text.includes(seek(type)), type).toBe(REL_TYPES[type].anchor === anchorOfBusy);
  });

  it("every type has its page key index, and the fill puts the key on the same end as the importer", () => {
    const schema = readdirSync(join(cypherDir(), "schema")).map((f) => readFileSync(join(cypherDir(), "schema", f), "utf8"));
    for (const type of REL_TYPE_NAMES) expect(schema.some((s) => s.includes(`FOR ()-[r:${type}]-() ON (r.pageKey)`)), type).toBe(true);
    // The newest fill (a data migration): a type added later with anchor "to" comes with a new one (released files never change).
    const fills = readdirSync(join(cypherDir(), "migrations")).filter((f) => f.includes("page-key-fill")).sort();
    const fill = readFileSync(join(cypherDir(), "migrations", fills[fills.length - 1]!), "utf8");
    const listed = /type\(r\) IN \[([^\]]*)\]/.exec(fill)?.[1]?.split(",").map((s) => s.trim().replace(/'/g, ""));
    expect(listed).toEqual(REL_TYPE_NAMES.filter((t) => REL_TYPES[t].anchor === "to"));
  });

  // What orders an entity in a page is written in several statements (the
  // importer's, the fill, the pages' anchor-end branches): all must agree.
  it("every statement computes the same order of an entity", () => {
    const files = ["relations/outgoing", "relations/incoming", "import/upsert-nodes", "import/upsert-relationships-by-from", "import/upsert-relationships-by-to", "migrations/001-page-key-fill"];
    const pattern = /reduce\(d = '', c IN split\(coalesce\(([\w.]+)\.startDate, ''\), ''\) \| .*?\+ ([\w.]+)\.id/g;
    const forms = new Set<string>();
    let count = 0;
    for (const name of files) {
      for (const m of readCypherFile(name).matchAll(pattern)) {
        count++;
        forms.add(m[0].split(`${m[1]}.`).join("X."));
      }
    }
    // One in each page statement (after its branches), three in upsert-nodes, one in each other file.
    expect(count).toBe(8);
    expect([...forms]).toEqual([
      "reduce(d = '', c IN split(coalesce(X.startDate, ''), '') | d + CASE c WHEN '-' THEN '-' WHEN '' THEN '' ELSE toString(9 - toInteger(c)) END) + '~\\u0001' + left(coalesce(X.name, X.title, ''), 200) + '\\u0001' + X.id",
    ]);
  });
});
