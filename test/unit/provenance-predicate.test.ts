import { describe, expect, it } from "vitest";
import { FOLD_PREDICATE } from "../../src/analysis/analysis.fold.js";
import { PARTICIPATION_PROVENANCE, TIE_CERTAINTY } from "../../src/analysis/analysis.provenance.js";
import { cypherStatements } from "../support/cypher-files.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** PARTICIPATION_PROVENANCE for any one relationship variable (the same throughout). */
const participation = new RegExp(escape(PARTICIPATION_PROVENANCE).replace(/\br\\\./, "(?<v>[a-z]\\w*)\\.").replace(/\br\\\./g, "\\k<v>\\."), "g");
/** A fold's tie predicate followed by the certainty of the tie. */
const certainFold = new RegExp(`${escape(FOLD_PREDICATE)}\\s+AND\\s+${escape(TIE_CERTAINTY)}`, "g");
const fold = new RegExp(escape(FOLD_PREDICATE), "g");

/** The network-shaped statements and how many participations each filters. */
const PROVENANCE_FILES = {
  "analysis/co-participants": 2, // the actor's and the partner's participation
  "analysis/cooperation": 1,
  "analysis/cooperation-network": 1,
  "analysis/network-evolution": 1,
};

describe("the provenance predicates (src/analysis/analysis.provenance.ts)", () => {
  const files = cypherStatements();

  it("every network-shaped statement filters its participations with the same predicate", () => {
    const users = Object.fromEntries(files.map((f) => [f.name, f.text.match(participation)?.length ?? 0]).filter(([, n]) => n !== 0));
    expect(users).toEqual(PROVENANCE_FILES);
  });

  it("in those statements, every fold also leaves uncertain ties out under certainOnly", () => {
    for (const f of files.filter((x) => x.name in PROVENANCE_FILES)) {
      expect(f.text.match(certainFold)?.length ?? 0, f.name).toBe(f.text.match(fold)?.length ?? 0);
    }
  });

  it("no statement reads $sourceIds or $certainOnly in another form", () => {
    for (const f of files) {
      const rest = f.text.replace(participation, "").replace(new RegExp(escape(TIE_CERTAINTY), "g"), "");
      const other = rest.split("\n").filter((line) => /\$(sourceIds|certainOnly)\b/.test(line) && !/\[s IN .* WHERE \$sourceIds IS NULL OR s IN \$sourceIds\]/.test(line));
      expect(other, f.name).toEqual([]);
    }
  });

  it("catches another form (the patterns are not vacuous)", () => {
    expect("AND any(s IN r.sources WHERE s IN $sourceIds)".replace(participation, "")).not.toBe("");
    expect(`WHERE ${PARTICIPATION_PROVENANCE.replace(/\br\./g, "r2.")}`.replace(participation, "")).toBe("WHERE ");
  });
});
