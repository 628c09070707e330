import { describe, expect, it } from "vitest";
import { readCypherFile } from "../../src/db/cypher.registry.js";
import { schemaStatements } from "../../src/db/schema.apply.js";
import { relationFields } from "../../src/model/model.fields.js";
import { LABELS, searchableProperties } from "../../src/model/model.labels.js";
import { REL_TYPE_NAMES, REL_TYPES } from "../../src/model/model.relationships.js";
import type { Direction } from "../../src/model/model.relationships.js";

// The graph model (src/model) is the one declaration everything derives from;
// these tests catch what the compiler cannot: a relationship type nobody can
// read, and a full-text index that does not match the model.
describe("graph model", () => {
  const ends = REL_TYPE_NAMES.flatMap((type) => [
    ...REL_TYPES[type].from.map((label) => ({ type, label, direction: "out" as Direction })),
    ...REL_TYPES[type].to.map((label) => ({ type, label, direction: "in" as Direction })),
  ]);

  it.each(ends)("$type has a field on $label ($direction)", ({ type, label, direction }) => {
    const fields = relationFields(label).filter((f) => f.direction === direction && f.types.includes(type));
    expect(fields.map((f) => f.name), `${label} has no field for ${direction === "out" ? "outgoing" : "incoming"} ${type}`).not.toEqual([]);
  });

  it("relation field names are unique per label", () => {
    for (const label of LABELS) {
      const names = relationFields(label).map((f) => f.name);
      expect(new Set(names).size, label).toBe(names.length);
    }
  });

  it("the full-text index that search queries covers every label and every property the model marks searchable", () => {
    const index = /db\.index\.fulltext\.queryNodes\('(\w+)'/.exec(readCypherFile("analysis/search"))?.[1];
    expect(index, "cypher/analysis/search.cypher queries no full-text index").toBeDefined();
    const creates = new RegExp(`CREATE FULLTEXT INDEX ${index}\\b`);
    const defining = schemaStatements().filter((q) => creates.test(readCypherFile(q.name)));
    const newest = defining[defining.length - 1];
    expect(newest, `no cypher/schema file creates ${index}`).toBeDefined();
    const text = readCypherFile(newest!.name);
    const labels = /FOR \(n:([A-Za-z|]+)\)/.exec(text)?.[1]?.split("|") ?? [];
    const props = [...(/ON EACH \[([^\]]*)\]/.exec(text)?.[1] ?? "").matchAll(/n\.(\w+)/g)].map((m) => m[1]);
    expect([...labels].sort()).toEqual([...LABELS].sort());
    expect([...props].sort()).toEqual(searchableProperties().sort());
  });
});
