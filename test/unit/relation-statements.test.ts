import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cypherDir, readCypherFile } from "../../src/db/cypher.registry.js";
import { REL_TYPE_NAMES } from "../../src/model/model.relationships.js";
import { byTypeFile, byTypeName, singleTypeStatement, WRITTEN } from "../../src/relations/relation.statements.js";

describe("single-type relation page statements (cypher/relations/by-type)", () => {
  const directions = ["out", "in"] as const;

  it("are what npm run generate:relations makes of the written ones, one file per direction and type, none left over", () => {
    const expected = directions.flatMap((d) => REL_TYPE_NAMES.map((t) => `${byTypeName(d, t).split("/").pop()!}.cypher`)).sort();
    expect(readdirSync(join(cypherDir(), "relations", "by-type")).sort()).toEqual(expected);
    for (const direction of directions) {
      for (const type of REL_TYPE_NAMES) {
        const file = readFileSync(join(cypherDir(), `${byTypeName(direction, type)}.cypher`), "utf8");
        expect(file, `${direction} ${type}: run npm run generate:relations`).toBe(byTypeFile(direction, type));
      }
    }
  });

  it.each(directions)("keep, from the written %s statement, only their type's branch and degree, and everything else as it is", (direction) => {
    const written = readCypherFile(WRITTEN[direction]);
    for (const type of REL_TYPE_NAMES) {
      const single = singleTypeStatement(written, type);
      expect(single.match(/\[r:[A-Z_]+\]/g), type).toEqual([`[r:${type}]`]);
      expect(single.match(/\[:[A-Z_]+\]/g), type).toEqual([`[:${type}]`]);
      expect(single).not.toContain("UNION");
      // Every line of the single-type statement is a line of the written one, in the same order.
      const lines = written.split("\n");
      let at = 0;
      for (const line of single.split("\n")) {
        at = lines.indexOf(line, at);
        expect(at, `${type}: ${line}`).toBeGreaterThanOrEqual(0);
        at += 1;
      }
      // And the written statement's lines outside the branches and degrees all stay.
      const shared = lines.filter((l) => !/\[r?:[A-Z_]+\]|^\s+UNION ALL$|^\s+(WITH n WHERE|WITH prefix, CASE WHEN) '/.test(l) && !/^\s+(WITH r, m ORDER BY r\.pageKey|RETURN r, m,)/.test(l));
      for (const line of shared) expect(single.split("\n"), `${type} lost: ${line}`).toContain(line);
    }
  });

  it("refuses a statement whose branches are not where it expects them", () => {
    expect(() => singleTypeStatement("MATCH (n) RETURN n", "PARTICIPATED_IN")).toThrow(/typed branches were not found/);
  });
});
