import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { words } from "../../src/analysis/analysis.lucene.js";
import { ImportService } from "../../src/import/import.service.js";
import { seedFiles } from "../../src/seed/seed.loader.js";
import { SearchFactsDocument } from "../generated/graphql.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { silentLogger } from "../support/db.js";
import { execute } from "../support/graphql.js";
import { event, jsonl, member, source } from "../support/records.js";

interface NodeRecord {
  kind: "node";
  label: string;
  id: string;
  props: Record<string, unknown>;
}

/**
 * What a reader looks for, stated here and not taken from the model: every text
 * of a node but its codes and enumerations (programme and region codes
 * excepted), dates, URLs, counts' qualifiers, uncertainty notes, honorifics and
 * nationalities.
 */
const NOT_SEARCHED = new Set([
  "kind", "format", "url", "language", "published", "startDate", "endDate", "adopted", "joined", "iso2", "iso3",
  "uncertainty", "honorific", "nationality",
]);
const readerFields = (props: Record<string, unknown>) =>
  Object.entries(props)
    .filter(([k]) => !NOT_SEARCHED.has(k) && !k.endsWith("Qualifier"))
    .map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string")] as const)
    .filter(([, v]) => v.length > 0);

/** A plain tokeniser (letters and digits, lower-cased), independent of the API's. */
const plainWords = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Where each query word is, by field: whole words, the last also as the start of a word. */
function fieldsHolding(node: NodeRecord, text: string): Map<string, Set<string>> {
  const q = plainWords(text);
  const last = q[q.length - 1]!;
  const holds = (w: string) => q.includes(w) || w.startsWith(last);
  const byField = new Map<string, Set<string>>();
  for (const [field, values] of readerFields(node.props)) {
    const found = values.flatMap(plainWords).filter(holds);
    if (found.length > 0) byField.set(field, new Set(found));
  }
  return byField;
}

/** The nodes holding every query word, from the records themselves. */
function expectedHits(nodes: NodeRecord[], text: string, opts: { labels?: string[]; includeSynthetic?: boolean } = {}) {
  const q = plainWords(text);
  const last = q[q.length - 1]!;
  return nodes
    .filter((n) => (opts.includeSynthetic || n.props.synthetic !== true) && (!opts.labels || opts.labels.includes(n.label)))
    .filter((n) => {
      const all = readerFields(n.props).flatMap(([, v]) => v.flatMap(plainWords));
      return q.every((w, i) => all.some((x) => x === w || (i === q.length - 1 && x.startsWith(last))));
    });
}

const seedNodes: NodeRecord[] = seedFiles()
  .flatMap((f) => readFileSync(f, "utf8").split("\n"))
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as NodeRecord)
  .filter((r) => r.kind === "node");

const KYOTO = "event:2019-05-28-wco-asia-pacific-security-conference";
const BRUSSELS = "event:2018-10-02-wco-global-security-conference";

// Synthetic records: one for includeSynthetic, one whose note exercises the tokeniser.
const TRICKY = "The WCO's Zyxxq-Qwvv check: 1,234 ab.cd 3.75 世界 élan API/PNR";
const synthetic = [
  source("source:syn-search-facts", { synthetic: true }),
  event("syn-search-facts", { synthetic: true, outcomes: ["police and SMART borders, once more"], theme: "knowledge" }, ["source:syn-search-facts"]),
  member("syn-tricky", { synthetic: true, note: TRICKY }, ["source:syn-search-facts"]),
];
const allNodes = [...seedNodes, ...(synthetic as NodeRecord[])];

describe("search finds what a reader looks for, and says which field matched", () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-search-facts-"));

  beforeAll(async () => {
    const file = join(dir, "synthetic.jsonl");
    writeFileSync(file, jsonl(...synthetic));
    t = await startTestApp({ seed: true, prepare: (db) => new ImportService(db.runner, silentLogger).importFiles([file]).then(() => undefined) });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const search = async (text: string, opts: { labels?: string[]; includeSynthetic?: boolean } = {}) => {
    const res = await execute(t.app, SearchFactsDocument, { text, first: 100, ...opts });
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };

  /** The API's hits are exactly the expected nodes, and each names exactly the fields holding query words. */
  const checkAgainstRecords = async (text: string, opts: { labels?: string[]; includeSynthetic?: boolean } = {}) => {
    const hits = await search(text, opts);
    const expected = expectedHits(allNodes, text, opts);
    expect(hits.map((h) => h.node.id).sort()).toEqual(expected.map((n) => n.id).sort());
    for (const hit of hits) {
      const node = expected.find((n) => n.id === hit.node.id)!;
      const fields = fieldsHolding(node, text);
      expect(hit.matches.map((m) => m.field).sort(), hit.node.id).toEqual([...fields.keys()].sort());
      for (const m of hit.matches) {
        expect([...m.words].sort(), `${hit.node.id} ${m.field}`).toEqual([...fields.get(m.field)!].sort());
        for (const w of m.words.slice(0, 1)) expect(m.snippet.toLowerCase()).toContain(w);
      }
    }
    return hits;
  };

  it('"SMART borders" finds the Kyoto conference through its outcomes', async () => {
    const hits = await checkAgainstRecords("SMART borders");
    const kyoto = hits.find((h) => h.node.id === KYOTO);
    expect(kyoto?.matches).toEqual([
      { field: "outcomes", snippet: "SMART borders, the WCO's 2019 theme, presented with the S standing for secure", words: ["smart", "borders"] },
    ]);
  });

  it('"police" finds the Brussels conference through its outcomes', async () => {
    const hits = await checkAgainstRecords("police");
    expect(hits.find((h) => h.node.id === BRUSSELS)?.matches).toEqual([
      { field: "outcomes", snippet: "Customs-police cooperation stressed as a key need", words: ["police"] },
    ]);
  });

  it.each([
    ["a note", "yearly", "note"],
    ["a description", "commodity", "description"],
    ["a count scope", "rilos", "organizationsScope"],
    ["another count scope", "donors", "participantsScope"],
    ["a theme", "knowledge", "theme"],
    ["a topic", "Frontex Executive", "topics"],
    ["a resolution's summary", "extremist", "summary"],
  ])("finds %s (%s)", async (_what, text, field) => {
    const hits = await checkAgainstRecords(text);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.matches.some((m) => m.field === field))).toBe(true);
  });

  it("still requires every word, lets the last be a prefix, and finds names and titles", async () => {
    const both = await checkAgainstRecords("police handbook");
    const police = await search("police");
    const handbook = await search("handbook");
    expect(both.map((h) => h.node.id).sort()).toEqual(police.map((h) => h.node.id).filter((id) => handbook.some((h) => h.node.id === id)).sort());
    const prefix = await checkAgainstRecords("SMART bord");
    expect(prefix.map((h) => h.node.id)).toContain(KYOTO);
    expect(prefix.find((h) => h.node.id === KYOTO)?.matches[0]?.words).toEqual(["smart", "borders"]);
    expect((await search("SMART bord"))).toEqual(prefix);
    await checkAgainstRecords("Global Shield");
    const kyo = await checkAgainstRecords("Kyo");
    expect(kyo.find((h) => h.node.id === KYOTO)?.matches.map((m) => m.field)).toEqual(["city"]);
  });

  it("keeps to the labels asked for, and leaves synthetic data out unless asked", async () => {
    const events = await checkAgainstRecords("police", { labels: ["Event"] });
    expect(events.every((h) => h.node.__typename === "Event")).toBe(true);
    expect(events.map((h) => h.node.id)).not.toContain("event:syn-search-facts");
    const withSynthetic = await checkAgainstRecords("police", { labels: ["Event"], includeSynthetic: true });
    expect(withSynthetic.map((h) => h.node.id)).toContain("event:syn-search-facts");
    await checkAgainstRecords("SMART borders", { includeSynthetic: true });
  });

  it("tells matches by the words Lucene indexes: every word of a note finds it and is named", async () => {
    for (const w of words(TRICKY)) {
      const hits = await search(w.text, { includeSynthetic: true, labels: ["Member"] });
      const hit = hits.find((h) => h.node.id === "member:syn-tricky");
      expect(hit?.matches, w.text).toEqual([{ field: "note", snippet: TRICKY, words: expect.arrayContaining([w.text]) as unknown as string[] }]);
    }
    // A part of a word is no word: "wco" only as a prefix (last word), never as a whole word.
    const part = await search("wco zyxxq", { includeSynthetic: true, labels: ["Member"] });
    expect(part.map((h) => h.node.id)).not.toContain("member:syn-tricky");
  });

  it("gives an empty list of matches to no hit on the seed's words", async () => {
    for (const text of ["security", "customs", "conference", "WCO"]) {
      const hits = await search(text);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.filter((h) => h.matches.length === 0).map((h) => h.node.id), text).toEqual([]);
    }
  });
});
