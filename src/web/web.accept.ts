interface Range {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): Range[] {
  return header.split(",").flatMap((part) => {
    const [media = "", ...params] = part.trim().split(";");
    const [type, subtype] = media.trim().toLowerCase().split("/");
    if (!type || !subtype) return [];
    const qParam = params.map((p) => p.trim().split("=")).find(([k]) => k?.trim().toLowerCase() === "q");
    const q = qParam?.[1] === undefined ? 1 : Number(qParam[1]);
    return Number.isFinite(q) ? [{ type, subtype, q }] : [];
  });
}

/** The q the header gives a media type, from its most specific matching range (0 when none matches). */
function quality(ranges: Range[], mediaType: string): number {
  const [type, subtype] = mediaType.split("/");
  const specificity = (r: Range) => (r.type === type && r.subtype === subtype ? 3 : r.type === type && r.subtype === "*" ? 2 : r.type === "*" ? 1 : 0);
  let best: Range | undefined;
  for (const r of ranges) if (specificity(r) > 0 && (!best || specificity(r) > specificity(best))) best = r;
  return best?.q ?? 0;
}

/**
 * Whether a GET asks for a page rather than a GraphQL response: text/html
 * strictly preferred to JSON, as Apollo decided when it served its landing page
 * (a tie, as with `*` + `/*`, goes to JSON).
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = parseAccept(accept);
  const html = quality(ranges, "text/html");
  return html > 0 && html > quality(ranges, "application/json") && html > quality(ranges, "application/graphql-response+json");
}
