/**
 * Partial dates as the days they start and end on. A partial date is the
 * interval it names (src/graphql/period.ts): 2019 runs from 2019-01-01 to
 * 2019-12-31, 2019-06 from 2019-06-01 to 2019-06-30. GEXF spells need full
 * dates (xsd:date), so a first date becomes its first day and a last date its
 * last day: the spell covers every day the sources allow.
 */

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day of a partial date; undefined when it is not one. */
export function firstDay(date: string): string | undefined {
  const m = PARTIAL.exec(date);
  if (!m) return undefined;
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

/** The last day of a partial date; undefined when it is not one. */
export function lastDay(date: string): string | undefined {
  const m = PARTIAL.exec(date);
  if (!m) return undefined;
  if (m[3]) return date;
  const year = Number(m[1]);
  if (!m[2]) return `${m[1]}-12-31`;
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, Number(m[2]), 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(days).padStart(2, "0")}`;
}
