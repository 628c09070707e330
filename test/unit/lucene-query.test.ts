import { describe, expect, it } from "vitest";
import { luceneQuery } from "../../src/analysis/analysis.lucene.js";

describe("luceneQuery", () => {
  it("requires every word and lets the last one be a prefix", () => {
    expect(luceneQuery("Global Shi")).toBe("+global +(shi OR shi*)");
  });

  it("escapes Lucene syntax so that user text is only ever terms", () => {
    expect(luceneQuery('a:b (c) "d" OR e~ f*')).toBe('+a\\:b +\\(c\\) +\\"d\\" +or +e\\~ +(f\\* OR f\\**)');
  });

  it("refuses empty and overlong text", () => {
    expect(() => luceneQuery("   ")).toThrow(/at least one word/);
    expect(() => luceneQuery("x".repeat(201))).toThrow(/over the maximum of 200 by 1/);
  });
});
