import { describe, expect, it } from "vitest";
import { FOLD_PREDICATE } from "../../src/analysis/analysis.fold.js";
import { cypherStatements } from "../support/cypher-files.js";

/** FOLD_PREDICATE with any whitespace, as a regular expression. */
const predicate = new RegExp(FOLD_PREDICATE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"), "g");

/** Every subquery that folds an actor, and how many each statement has. */
const FOLDING_FILES = {
  "activity/activity": 1,
  "analysis/co-participants": 3, // the actor asked about, its affiliates, each partner
  "analysis/cooperation": 2, // each actor asked about, its member's affiliates
  "analysis/cooperation-network": 1,
  "analysis/members-in-programmes": 1,
  "analysis/network-evolution": 1,
};

describe("the fold predicate (src/analysis/analysis.fold.ts)", () => {
  const files = cypherStatements();

  it("every statement that folds follows each AFFILIATED_WITH tie under the same predicate", () => {
    const users = Object.fromEntries(files.map((f) => [f.name, f.text.match(predicate)?.length ?? 0]).filter(([, n]) => n !== 0));
    expect(users).toEqual(FOLDING_FILES);
  });

  it("no statement reads $foldRoles in another form", () => {
    for (const f of files) expect(f.text.replace(predicate, "").includes("$foldRoles"), f.name).toBe(false);
  });
});
