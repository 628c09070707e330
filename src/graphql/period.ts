import { BadUserInputError } from "../errors/errors.js";

/**
 * Periods with partial dates: the one definition every query that takes a
 * period follows (timeline, coParticipants, cooperationNetwork,
 * membersInProgrammes, the events list).
 *
 * A partial date is the interval it names: 2019 is 1 January to 31 December
 * 2019, 2019-05 the month, 2019-05-28 the day. An event's interval runs from
 * the first day of its startDate to the last day of its endDate (of its
 * startDate when it has no endDate). A period from..to is likewise the first
 * day of `from` to the last day of `to`; either end may be left open. An
 * event counts when the two intervals share at least one day, so an event
 * that only partly overlaps the period counts in full. An event without a
 * startDate has no interval: any period leaves it out; it counts only when
 * no period is asked.
 *
 * In Cypher, on ISO strings: the first day of a partial date d sorts as d,
 * and its last day as d + "~" ("~" sorts after the digits and "-"), so
 * "2019-05-28" <= "2019~" and "2020" > "2019~". The overlap is then
 *
 *   e.startDate <= $toHigh AND coalesce(e.endDate, e.startDate) + '~' >= $fromLow
 *
 * with $fromLow = from and $toHigh = to + "~" computed here, so the files
 * compare plain, never-null parameters and the first half is a range on
 * startDate that the event_start_date index seeks. Undated events come in by
 * `OR $noPeriod AND e.startDate IS NULL`, which Neo4j 5.26 plans as a
 * union with a label scan (an index holds no nulls): keeping them without a
 * period costs that scan where a statement starts from all events. Every file
 * that takes a period holds exactly PERIOD_PREDICATE
 * (test/unit/period-predicate.test.ts checks it).
 */

/** The predicate, for an event bound to `e`; files may bind the event to another name. */
export const PERIOD_PREDICATE =
  "(e.startDate <= $toHigh AND coalesce(e.endDate, e.startDate) + '~' >= $fromLow OR $noPeriod AND e.startDate IS NULL)";

/** The parameters of PERIOD_PREDICATE. */
export interface PeriodParams {
  /** The period's first day as a string bound: `from`, or "" (before every date) when open. */
  fromLow: string;
  /** The period's last day as a string bound: `to` + "~", or "~" (after every date) when open. */
  toHigh: string;
  /** No period asked: undated events count too. */
  noPeriod: boolean;
}

/** Sorts after every character of an ISO date, so d + LAST_DAY is the end of the interval d names. */
const LAST_DAY = "~";

/**
 * The parameters for a period given as partial dates (already checked to be
 * ISO by the PartialDate scalar). BAD_USER_INPUT, naming `${prefix}from`, when
 * the period starts after it ends: "2019-05".."2019" is May to December 2019,
 * "2020".."2019-12-31" is refused.
 */
export function periodParams(from: string | null | undefined, to: string | null | undefined, prefix = ""): PeriodParams {
  const fromLow = from ?? "";
  const toHigh = `${to ?? ""}${LAST_DAY}`;
  if (from && to && fromLow > toHigh) {
    throw new BadUserInputError(`${prefix}from (${from}) is after ${prefix}to (${to})`, { argument: `${prefix}from` });
  }
  return { fromLow, toHigh, noPeriod: !from && !to };
}

/** How every `from` argument is described in the schema. */
export const FROM_DESCRIPTION =
  "The period's first day: a date of any precision is the interval it names (2019 starts on 1 January 2019). " +
  "An event counts when its own interval (startDate to endDate, each as the interval it names) overlaps the period, " +
  "even partly, and then counts in full. Events without a startDate count only when no period is given.";

/** How every `to` argument is described in the schema. */
export const TO_DESCRIPTION = "The period's last day: to 2019 reaches 31 December 2019, to 2019-05 the 31st of May. See from.";
