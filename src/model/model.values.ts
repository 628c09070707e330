import { z } from "zod";

/**
 * The value types properties are made of. Strings are stored exactly as given
 * (no trimming): what a source says, and what an editor typed, comes back verbatim.
 */

/** ISO 8601 date, full or with reduced precision (2019-05-28, 2019-05, 2019). */
export const isoDate = z.string().refine((s) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d) {
    const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(d);
  }
  return true;
}, "must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY");

const notBlank = (s: string) => s.trim().length > 0;
export const text = z.string().max(10_000, "is longer than 10000 characters").refine(notBlank, "must not be empty or blank");
export const shortText = z.string().max(500, "is longer than 500 characters").refine(notBlank, "must not be empty or blank");
export const textList = z.array(text).max(200, "has more than 200 items");
export const count = z.number().int("must be a whole number").nonnegative("must not be negative");

/** `<label>:<slug>`, e.g. member:jpn; the prefix names the label. */
export const ID_PATTERN = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const entityId = z.string().regex(ID_PATTERN, "must look like <label>:<slug>, e.g. member:jpn (lower-case letters, digits and -)");

/** Properties every node and relationship may carry. */
export const common = {
  uncertain: z.boolean().optional(),
  uncertainty: text.optional(),
  note: text.optional(),
  synthetic: z.boolean().optional(),
};

/** The period a relationship holds (HOLDS_OFFICE, PART_OF...). */
export const period = { from: isoDate.optional(), to: isoDate.optional() };

/**
 * A day of the year without its year, ISO 8601 style (`--05-08`): for a date
 * whose year no source gives. It never stands in for a full date.
 */
export const monthDay = z.string().refine((s) => {
  const m = /^--(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const date = new Date(`2000-${m[1]}-${m[2]}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(m[2]) && date.getUTCMonth() + 1 === Number(m[1]);
}, "must be a month and day without a year: --MM-DD");

/** An ISO 3166-1 alpha-3 code, as Member.iso3 holds it. */
export const iso3Code = z.string().regex(/^[A-Z]{3}$/, "must be three capital letters");

/** The values an enum property (optional or not) may take, read from its schema; undefined if it is no enum. */
export function enumOptions(schema: z.ZodObject, prop: string): readonly string[] | undefined {
  let field = schema.shape[prop] as z.ZodType | undefined;
  if (field?.def.type === "optional") field = (field as z.ZodOptional).unwrap() as z.ZodType;
  return field?.def.type === "enum" ? (field as z.ZodEnum).options.map(String) : undefined;
}
