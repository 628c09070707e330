import { describe, expect, it } from "vitest";
import { queryWords, searchMatches, snippet, words } from "../../src/analysis/analysis.lucene.js";

const texts = (s: string) => words(s).map((w) => w.text);

describe("words: Lucene's standard tokenisation, as far as practical", () => {
  it("lower-cases and splits on spaces, punctuation, hyphens and slashes", () => {
    expect(texts("Customs-police cooperation stressed")).toEqual(["customs", "police", "cooperation", "stressed"]);
    expect(texts("passenger controls and API/PNR systems")).toEqual(["passenger", "controls", "and", "api", "pnr", "systems"]);
    expect(texts("SMART borders, the WCO's 2019 theme")).toEqual(["smart", "borders", "the", "wco's", "2019", "theme"]);
    expect(texts("Customs' role (STCE)")).toEqual(["customs", "role", "stce"]);
  });

  it("keeps numbers with separators and dotted abbreviations whole, dates split", () => {
    expect(texts("over 1,000 delegates, 3.5 days, e.g. 2018-03-23")).toEqual(["over", "1,000", "delegates", "3.5", "days", "e.g", "2018", "03", "23"]);
  });

  it("gives each Han character a word of its own and keeps accented words", () => {
    expect(texts("世界海关组织 Douane élargie")).toEqual(["世", "界", "海", "关", "组", "织", "douane", "élargie"]);
  });

  it("says where each word is", () => {
    expect(words("a Kyoto")).toEqual([{ text: "a", start: 0, end: 1 }, { text: "kyoto", start: 2, end: 7 }]);
  });

  it("cuts hostile text in linear time", () => {
    const hostile = "a'".repeat(5_000) + "1,".repeat(5_000) + "\u0301".repeat(5_000);
    const t0 = Date.now();
    expect(words(hostile).length).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(500);
  });
});

describe("queryWords", () => {
  it("takes the user's words as the query does, the last also as a prefix", () => {
    const q = queryWords("  SMART  bord ");
    expect([...q.exact]).toEqual(["smart", "bord"]);
    expect(q.prefix).toBe("bord");
  });

  it("has no words for punctuation only, and refuses what luceneQuery refuses", () => {
    expect(queryWords("!!! ***")).toEqual({ exact: new Set(), prefix: null });
    expect(() => queryWords("  ")).toThrow(/at least one word/);
  });
});

describe("searchMatches", () => {
  const kyoto = {
    title: "WCO Asia/Pacific Security Conference",
    city: "Kyoto",
    outcomes: ["more sharing of information", "SMART borders, the WCO's 2019 theme, presented with the S standing for secure"],
    topics: ["Customs' role in border security"],
    administrationsScope: "Member Customs administrations",
    kind: "conference",
    id: "event:kyoto-smart",
  };

  it("names every searchable field holding a query word, in the model's order, with the words found", () => {
    expect(searchMatches("Event", kyoto, queryWords("SMART borders"))).toEqual([
      { field: "outcomes", snippet: kyoto.outcomes[1], words: ["smart", "borders"] },
    ]);
    expect(searchMatches("Event", kyoto, queryWords("customs secur")).map((m) => [m.field, m.words])).toEqual([
      ["title", ["security"]],
      ["outcomes", ["secure"]],
      ["topics", ["customs", "security"]],
      ["administrationsScope", ["customs"]],
    ]);
  });

  it("matches whole words only, except the last query word, which may start a word", () => {
    expect(searchMatches("Event", kyoto, queryWords("border kyoto"))).toEqual([
      { field: "topics", snippet: kyoto.topics[0], words: ["border"] },
      { field: "city", snippet: "Kyoto", words: ["kyoto"] },
    ]);
    expect(searchMatches("Event", kyoto, queryWords("kyo border")).map((m) => [m.field, m.words])).toEqual([
      ["outcomes", ["borders"]],
      ["topics", ["border"]],
    ]);
  });

  it("ignores properties that are not searchable for the label, and values that are not text", () => {
    expect(searchMatches("Event", kyoto, queryWords("conference")).map((m) => m.field)).toEqual(["title"]);
    expect(searchMatches("Event", { ...kyoto, note: 42, outcomes: [7, "SMART"] }, queryWords("smart"))).toEqual([{ field: "outcomes", snippet: "SMART", words: ["smart"] }]);
    expect(searchMatches("Person", { name: "Kunio Mikuriya", city: "Kyoto" }, queryWords("kyoto"))).toEqual([]);
  });

  it("cuts a long value around the first match, at spaces, marking the cuts", () => {
    const long = `${"lorem ipsum ".repeat(20)}the Kyoto conference ${"dolor sit amet ".repeat(20)}`;
    const [m] = searchMatches("Programme", { description: long }, queryWords("kyoto"));
    expect(m?.field).toBe("description");
    expect(m?.snippet).toMatch(/^….*Kyoto conference.*…$/);
    expect(m!.snippet.length).toBeLessThanOrEqual(162);
    // Cut at spaces: whole words at both ends.
    expect(m!.snippet).toMatch(/^…(lorem|ipsum) .* (dolor|sit|amet)…$/);
    expect(snippet("short", { text: "short", start: 0, end: 5 })).toBe("short");
  });
});
