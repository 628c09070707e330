import { BadUserInputError } from "../errors/errors.js";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Turns free text into a Lucene query of escaped terms, all required, the last one also as a prefix. */
export function luceneQuery(text: string): string {
  const terms = text.trim().split(/\s+/).filter(Boolean).slice(0, 20);
  if (terms.length === 0 || text.length > 200) {
    throw new BadUserInputError(text.length > 200 ? `text is ${text.length} characters, over the maximum of 200 by ${text.length - 200}` : "text must contain at least one word", { argument: "text" });
  }
  const escaped = terms.map((t) => t.replace(LUCENE_SPECIAL, (c) => `\\${c}`).toLowerCase());
  const last = escaped.length - 1;
  return escaped.map((t, i) => (i === last ? `(${t} OR ${t}*)` : t)).map((t) => `+${t}`).join(" ");
}
