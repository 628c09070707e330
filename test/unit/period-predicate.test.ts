import { describe, expect, it } from "vitest";
import { PERIOD_PREDICATE, periodParams } from "../../src/graphql/period.js";
import { cypherStatements } from "../support/cypher-files.js";
import { dayInterval } from "../support/dates.js";

/** PERIOD_PREDICATE for any one variable name (the same throughout), as a regular expression. */
const predicate = new RegExp(
  PERIOD_PREDICATE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/ /g, "\\s+")
    .replace(/\be\\\./, "(?<v>[a-z]\\w*)\\.")
    .replace(/\be\\\./g, "\\k<v>\\."),
  "g",
);

/** Anything else that filters on dates: a line that compares a startDate or endDate, or uses the period's parameters. */
const otherDateUse = /^.*\b(startDate|endDate)\b.*(<|>|=|STARTS WITH|ENDS WITH|CONTAINS).*$|^.*(<|>|=|STARTS WITH|ENDS WITH|CONTAINS).*\b(startDate|endDate)\b.*$|\$(fromLow|toHigh|noPeriod)\b/m;

/**
 * The relation pages' order of an entity (test/unit/relation-branches.test.ts
 * checks its one form): it reads startDate to sort, never to filter.
 */
const pageOrder = /reduce\(d = '', c IN split\(coalesce\([\w.]+\.startDate, ''\), ''\) \| .*?\+ [\w.]+\.id/g;

const PERIOD_FILES = [
  "activity/activity",
  "analysis/co-participants",
  "analysis/cooperation",
  "analysis/cooperation-network",
  "analysis/members-in-programmes",
  "analysis/network-evolution",
  "analysis/timeline",
  "event/count",
  "event/list",
];

describe("the period predicate (src/graphql/period.ts)", () => {
  const files = cypherStatements();

  it("is used, exactly once and in the same form, by every statement that takes a period", () => {
    const users = files.filter((f) => (f.text.match(predicate) ?? []).length > 0).map((f) => f.name).sort();
    expect(users).toEqual(PERIOD_FILES);
    for (const f of files) expect(f.text.match(predicate)?.length ?? 0, f.name).toBeLessThanOrEqual(1);
  });

  it("no statement compares event dates or uses the period's parameters in any other form", () => {
    for (const f of files) {
      const rest = f.text.replace(predicate, "").replace(pageOrder, "");
      expect(otherDateUse.exec(rest)?.[0] ?? null, `cypher/${f.name}.cypher`).toBeNull();
    }
  });

  it("catches another form (the test's own pattern is not vacuous)", () => {
    for (const bad of ["AND e.startDate <= $to", "AND coalesce(e.endDate, e.startDate) >= $from", "AND e.startDate STARTS WITH $to", "AND e.startDate <= $toHigh"]) {
      expect(otherDateUse.test(bad), bad).toBe(true);
    }
    expect(`WHERE x AND ${PERIOD_PREDICATE.replace(/\be\./g, "n.")}`.replace(predicate, "")).toBe("WHERE x AND ");
  });
});

/** [first day, last day] of a partial date, from Date arithmetic. */
const interval = (d: string): [number, number] => {
  const { first, last } = dayInterval(d);
  return [first, last];
};

describe("periodParams: string bounds that agree with the intervals dates name", () => {
  const dates = ["2018", "2018-12", "2018-12-31", "2019", "2019-01", "2019-01-01", "2019-02-28", "2019-05", "2019-05-01", "2019-05-28", "2019-05-31", "2019-12", "2019-12-31", "2020", "2020-01-01", "2020-02-29"];

  it("an event [s, e] overlaps [from, to] exactly when the predicate's comparisons say so", () => {
    for (const from of dates) {
      for (const to of dates) {
        if (interval(from)[0] > interval(to)[1]) continue;
        const p = periodParams(from, to);
        for (const s of dates) {
          for (const e of dates) {
            if (interval(s)[0] > interval(e)[1]) continue;
            const overlaps = interval(s)[0] <= interval(to)[1] && interval(e)[1] >= interval(from)[0];
            expect(s <= p.toHigh && `${e}~` >= p.fromLow, `${s}..${e} in ${from}..${to}`).toBe(overlaps);
          }
        }
      }
    }
  });

  it("open ends reach every date; no period at all lets undated events in", () => {
    expect(periodParams(null, null)).toEqual({ fromLow: "", toHigh: "~", noPeriod: true });
    expect(periodParams("2019", undefined)).toEqual({ fromLow: "2019", toHigh: "~", noPeriod: false });
    expect(periodParams(undefined, "2019-05")).toEqual({ fromLow: "", toHigh: "2019-05~", noPeriod: false });
    for (const d of dates) expect(d <= "~" && `${d}~` >= "").toBe(true);
  });

  it("refuses a period that starts after it ends, naming from; a coarser end reaches its own end", () => {
    expect(() => periodParams("2019-05", "2019")).not.toThrow();
    expect(() => periodParams("2019-12-31", "2019")).not.toThrow();
    expect(() => periodParams("2019", "2019-01-01")).not.toThrow();
    expect(() => periodParams("2020", "2019-12-31")).toThrow("from (2020) is after to (2019-12-31)");
    try {
      periodParams("2019-06", "2019-05-31", "filter.");
      expect.unreachable();
    } catch (error) {
      expect((error as { extensions: { code: string; argument: string } }).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.from" });
    }
  });
});
