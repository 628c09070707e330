import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cypherDir, readCypherFile } from "../../src/db/cypher.registry.js";
import { REL_TYPE_NAMES } from "../../src/model/model.relationships.js";
import { byTypeFile, byTypeName, singleTypeStatement, WRITTEN } from "../../src/relations/relation.statements.js";
import { chainFile, chainName, chainParam, chainStatement, CHAINS, ROOTED, rootedFile, rootedName, rootedStatement, sameChain, WARMED } from "../../src/relations/relation.chains.js";

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

describe("relation chain statements (cypher/relations/chains)", () => {
  const params = (text: string) => new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1]!));

  it("are what npm run generate:relations makes of the declared chains, none left over", () => {
    expect(readdirSync(join(cypherDir(), "relations", "chains")).sort()).toEqual(CHAINS.map((c) => `${chainName(c).split("/").pop()!}.cypher`).sort());
    for (const chain of CHAINS) {
      const file = readFileSync(join(cypherDir(), `${chainName(chain)}.cypher`), "utf8");
      expect(file, `${chainName(chain)}: run npm run generate:relations`).toBe(chainFile(chain));
    }
  });

  it("hold each level's single-type statement, its parameters renamed by depth, the first level's read for $ids and the others' for the entity above", () => {
    for (const chain of CHAINS) {
      const text = chainStatement(chain);
      const expected = new Set<string>(["ids"]);
      chain.forEach((level, depth) => {
        const single = singleTypeStatement(readCypherFile(WRITTEN[level.direction]), level.type);
        for (const name of params(single)) if (name !== "ids") expected.add(chainParam(depth, name));
        // The level's typed branch, with its own parameters.
        const branch = single.split("\n").find((l) => l.includes(`[r:${level.type}]`))!.trim().replace(/\$(\w+)/g, (_, n: string) => `$${chainParam(depth, n)}`);
        expect(text, `${chainName(chain)} level ${depth}`).toContain(branch);
        if (depth > 0) expect(text).toContain(`RETURN rows AS l${depth}Rows, CASE`);
      });
      expect(params(text), chainName(chain)).toEqual(expected);
      expect(text.match(/UNWIND \$ids AS id/g)).toHaveLength(1);
      expect(text.match(/WITH m AS n, m\.id \+ '\\u0001' AS prefix/g)).toHaveLength(chain.length - 1);
    }
  });

  it("refuses a chain of one level", () => {
    expect(() => chainStatement([{ direction: "out", type: "PARTICIPATED_IN" }])).toThrow(/two levels or more/);
  });
});

describe("rooted relation statements (cypher/relations/rooted)", () => {
  it("are what npm run generate:relations makes of the rooted shapes, none left over: every chain and each chain's first level", () => {
    const shapes = (chains: readonly (typeof CHAINS)[number][]) => chains.map((c) => c.map((l) => `${l.direction}-${l.type}`).join(".")).sort();
    expect(shapes(ROOTED)).toEqual([...new Set([...shapes(CHAINS), ...shapes(CHAINS.map((c) => [c[0]!]))])].sort());
    expect(readdirSync(join(cypherDir(), "relations", "rooted")).sort()).toEqual(ROOTED.map((c) => `${rootedName(c).split("/").pop()!}.cypher`).sort());
    for (const chain of ROOTED) {
      const file = readFileSync(join(cypherDir(), `${rootedName(chain)}.cypher`), "utf8");
      expect(file, `${rootedName(chain)}: run npm run generate:relations`).toBe(rootedFile(chain));
    }
  });

  it("are the chain's statement, or the level's single-type one, returning the parent's labels and properties as entity/by-ids does", () => {
    const byIds = readCypherFile("entity/by-ids");
    expect(byIds).toContain("MATCH (n:Entity {id: id})");
    expect(byIds).toContain("labels(n) AS labels, properties(n) AS props");
    for (const chain of ROOTED) {
      const plain = chain.length === 1 ? singleTypeStatement(readCypherFile(WRITTEN[chain[0]!.direction]), chain[0]!.type) : chainStatement(chain);
      const rooted = rootedStatement(chain);
      expect(rooted.replace("RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, rows, CASE", "RETURN n.id AS id, rows, CASE"), rootedName(chain)).toBe(plain);
      expect(rooted, rootedName(chain)).toContain("UNWIND $ids AS id\nMATCH (n:Entity {id: id})");
    }
    expect(() => rootedStatement([])).toThrow(/one level or more/);
  });

  it("the shapes the warm-up plans are rooted shapes (and, of two levels or more, chains)", () => {
    for (const chain of WARMED) {
      expect(ROOTED.some((c) => sameChain(c, chain)), rootedName(chain)).toBe(true);
      if (chain.length > 1) expect(CHAINS.some((c) => sameChain(c, chain)), chainName(chain)).toBe(true);
    }
    expect(sameChain(WARMED[0]!, WARMED[1]!)).toBe(false);
  });
});
