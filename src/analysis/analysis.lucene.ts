import { BadUserInputError } from "../errors/errors.js";
import { SEARCHABLE, type Label } from "../model/model.labels.js";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_TEXT = 200;
const MAX_TERMS = 20;

/** The user's words split on white space, as the query uses them; refuses empty and overlong text. */
function userTerms(text: string): string[] {
  const terms = text.trim().split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
  if (terms.length === 0 || text.length > MAX_TEXT) {
    throw new BadUserInputError(
      text.length > MAX_TEXT ? `text is ${text.length} characters, over the maximum of ${MAX_TEXT} by ${text.length - MAX_TEXT}` : "text must contain at least one word",
      { argument: "text" },
    );
  }
  return terms;
}

/** Turns free text into a Lucene query of escaped terms, all required, the last one also as a prefix. */
export function luceneQuery(text: string): string {
  const escaped = userTerms(text).map((t) => t.replace(LUCENE_SPECIAL, (c) => `\\${c}`).toLowerCase());
  const last = escaped.length - 1;
  return escaped.map((t, i) => (i === last ? `(${t} OR ${t}*)` : t)).map((t) => `+${t}`).join(" ");
}

// Words as Lucene's standard analyzer cuts them (Unicode word boundaries, UAX #29),
// as far as practical: letters, digits and _ make words; ' . : join letters
// (WCO's, e.g), . , ; ' join digits (1,000 or 3.5); each Han or Hiragana
// character is a word of its own. Every separator is one character, so this
// never backtracks.
const IDEOGRAPH = String.raw`[\p{sc=Han}\p{sc=Hiragana}]`;
const LETTER = String.raw`(?:(?!${IDEOGRAPH})[\p{L}\p{M}\p{N}_])`;
const JOIN = String.raw`(?:(?<=[\p{L}\p{M}])['’.:·](?=\p{L})|(?<=\p{N})['’.,;](?=\p{N}))`;
const WORD = new RegExp(String.raw`${IDEOGRAPH}|${LETTER}+(?:${JOIN}${LETTER}+)*`, "gu");

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a text, lower-cased, with where they are. */
export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/** What the query looks for: whole words, and the last word also as the start of a word. */
export interface QueryWords {
  exact: Set<string>;
  prefix: string | null;
}

export function queryWords(text: string): QueryWords {
  const all = words(userTerms(text).join(" "));
  return { exact: new Set(all.map((w) => w.text)), prefix: all[all.length - 1]?.text ?? null };
}

/** One field of a hit that holds query words. */
export interface SearchMatchValue {
  field: string;
  /** The matching value, or the part of it around the first match (… where cut). */
  snippet: string;
  /** The query words the field holds, as the text has them (lower-cased). */
  words: string[];
}

const SNIPPET = 160;
const BEFORE = 50;

function found(value: string, q: QueryWords): Word[] {
  return words(value).filter((w) => q.exact.has(w.text) || (q.prefix !== null && w.text.startsWith(q.prefix)));
}

/** The value itself when short, else a window around the first match cut at spaces. */
export function snippet(value: string, first: Word): string {
  if (value.length <= SNIPPET) return value;
  let start = Math.max(0, first.start - BEFORE);
  if (start > 0) start = value.indexOf(" ", start) + 1 || start;
  if (start > first.start) start = first.start;
  let end = Math.min(value.length, start + SNIPPET);
  if (end < value.length) end = Math.max(value.lastIndexOf(" ", end), first.end);
  return `${start > 0 ? "…" : ""}${value.slice(start, end).trim()}${end < value.length ? "…" : ""}`;
}

/**
 * The searchable fields of a hit that hold query words, in the model's order
 * (SEARCHABLE). A list (outcomes, topics) is one field: its snippet comes from
 * the item with the most query words.
 */
export function searchMatches(label: Label, props: Record<string, unknown>, q: QueryWords): SearchMatchValue[] {
  const matches: SearchMatchValue[] = [];
  for (const field of SEARCHABLE[label] as readonly string[]) {
    const raw = props[field];
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string");
    let best: { value: string; hits: Word[]; distinct: number } | undefined;
    const all = new Set<string>();
    for (const value of values) {
      const hits = found(value, q);
      if (hits.length === 0) continue;
      const distinct = new Set(hits.map((h) => h.text));
      distinct.forEach((w) => all.add(w));
      if (!best || distinct.size > best.distinct) best = { value, hits, distinct: distinct.size };
    }
    if (best) matches.push({ field, snippet: snippet(best.value, best.hits[0]!), words: [...all] });
  }
  return matches;
}
