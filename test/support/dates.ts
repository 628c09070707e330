/**
 * The days a partial date names (2019: the year, 2019-05: the month,
 * 2019-05-28: the day), computed with Date: the tests' own account of a
 * period, independent of the string bounds src/graphql/period.ts uses.
 */
export function dayInterval(d: string): { first: number; last: number } {
  const [y, m, day] = d.split("-").map(Number) as [number, number | undefined, number | undefined];
  const first = Date.UTC(y, (m ?? 1) - 1, day ?? 1);
  // Day 0 of the next month is the month's last day.
  const last = day !== undefined ? first : m !== undefined ? Date.UTC(y, m, 0) : Date.UTC(y, 11, 31);
  return { first, last };
}
