/**
 * XML text for the GEXF and GraphML writers, which write by hand so that they
 * can stream (graphology-gexf's writer builds the whole document in memory and
 * knows no spells; graphology-graphml has no writer). Everything a user or a
 * source wrote goes through here.
 */

/**
 * Characters XML 1.0 cannot carry at all (C0 controls but tab, newline and
 * carriage return; lone surrogates; U+FFFE and U+FFFF): dropped, since no
 * escape can represent them and a parser would reject the whole file.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/** Element content: markup characters escaped. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, "").replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] as string);
}

/**
 * An attribute value, quotes included: whitespace other than spaces is escaped
 * too, because a parser turns a literal newline in an attribute into a space.
 */
export function xmlAttribute(value: string): string {
  return `"${value.replace(NOT_XML, "").replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string)}"`;
}

/** ` name="value"` for each pair with a value, in order. */
export function xmlAttributes(pairs: [string, string | number | null | undefined][]): string {
  return pairs.filter((p): p is [string, string | number] => p[1] !== null && p[1] !== undefined).map(([k, v]) => ` ${k}=${xmlAttribute(String(v))}`).join("");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
