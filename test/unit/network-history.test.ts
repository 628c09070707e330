import { describe, expect, it } from "vitest";
import { countYears, density, distinctIds, evolution, lastDate, splitYears } from "../../src/analysis/analysis.history.js";
import { resolveSources } from "../../src/analysis/analysis.provenance.js";

describe("networks over time: the pure helpers", () => {
  it("lastDate turns the statements' upper bound back into the date", () => {
    expect(lastDate("2019-05-30~")).toBe("2019-05-30");
    expect(lastDate("2019~")).toBe("2019");
    expect(lastDate(null)).toBeNull();
  });

  it("splitYears orders the years, adds up repeats and keeps undated events apart", () => {
    expect(splitYears([{ year: 2020, weight: 2 }, { year: null, weight: 3 }, { year: 2018, weight: 1 }, { year: 2020, weight: 1 }])).toEqual({
      weightByYear: [{ year: 2018, weight: 1 }, { year: 2020, weight: 3 }],
      undatedWeight: 3,
    });
    expect(countYears([2019, 2017, 2019])).toEqual([{ year: 2017, weight: 1 }, { year: 2019, weight: 2 }]);
  });

  it("distinctIds flattens nested lists, each id once, in order", () => {
    expect(distinctIds([[["source:b", "source:a"], []], [["source:a"]], "source:c"])).toEqual(["source:a", "source:b", "source:c"]);
  });

  it("density is the share of possible pairs", () => {
    expect(density(0, 0)).toBe(0);
    expect(density(1, 0)).toBe(0);
    expect(density(2, 1)).toBe(1);
    expect(density(4, 3)).toBe(0.5);
  });

  it("evolution fills the years between, and lost edges are the year before's edges gone", () => {
    const years = evolution([
      { year: 2018, nodes: 3, edges: 3, newEdges: 3, goneNextYear: 2 },
      { year: 2019, nodes: 2, edges: 1, newEdges: 0, goneNextYear: 1 },
      { year: 2021, nodes: 4, edges: 2, newEdges: 1, goneNextYear: 2 },
    ]);
    expect(years).toEqual([
      { year: 2018, nodes: 3, edges: 3, density: 1, newEdges: 3, lostEdges: 0 },
      { year: 2019, nodes: 2, edges: 1, density: 1, newEdges: 0, lostEdges: 2 },
      { year: 2020, nodes: 0, edges: 0, density: 0, newEdges: 0, lostEdges: 1 },
      { year: 2021, nodes: 4, edges: 2, density: 2 / 6, newEdges: 1, lostEdges: 0 },
    ]);
    expect(evolution([])).toEqual([]);
  });

  it("resolveSources takes what either list chooses and names what matched nothing", () => {
    const found = [
      { id: "source:a", publisher: "World Customs Organization" },
      { id: "source:b", publisher: "Wikipedia" },
      { id: "source:c", publisher: "World Customs Organization" },
    ];
    expect(resolveSources(["source:b", "source:x"], [" world customs organization", "Nobody"], found)).toEqual({
      sourceIds: ["source:a", "source:b", "source:c"],
      unknownSources: ["source:x"],
      unknownPublishers: ["Nobody"],
    });
  });
});
