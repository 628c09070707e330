import { z } from "zod";
import {
  COUNT_QUALIFIERS, EVENT_COUNTS, EVENT_KINDS, ID_PATTERN, LABELS, PARTICIPATION_ROLES, REL_TYPE_NAMES, SPEAKER_ROLES,
} from "./import.model.js";

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

// Strings are stored exactly as given (no trimming): what a source says, and what an editor typed, comes back verbatim.
const notBlank = (s: string) => s.trim().length > 0;
const text = z.string().max(10_000, "is longer than 10000 characters").refine(notBlank, "must not be empty or blank");
const shortText = z.string().max(500, "is longer than 500 characters").refine(notBlank, "must not be empty or blank");
const textList = z.array(text).max(200, "has more than 200 items");
const count = z.number().int("must be a whole number").nonnegative("must not be negative");

export const entityId = z.string().regex(ID_PATTERN, "must look like <label>:<slug>, e.g. member:jpn (lower-case letters, digits and -)");

const common = {
  uncertain: z.boolean().optional(),
  uncertainty: text.optional(),
  note: text.optional(),
  synthetic: z.boolean().optional(),
};

const eventCounts = Object.fromEntries(
  EVENT_COUNTS.flatMap((c) => [
    [c, count.optional()],
    [`${c}Qualifier`, z.enum(COUNT_QUALIFIERS).optional()],
    [`${c}Scope`, shortText.optional()],
  ]),
);

/** Properties per label; unknown keys are refused so a typo cannot slip in unseen. */
export const NODE_PROPS = {
  Source: z.strictObject({
    ...common,
    title: text,
    publisher: shortText,
    published: isoDate.optional(),
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000).optional(),
    kind: z.enum(["news", "web_page", "reference", "dataset"]).optional(),
    language: z.string().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, "must be a language code such as en or zh-CN").optional(),
  }),
  Region: z.strictObject({ ...common, name: shortText, code: z.enum(["ESA", "EUR", "AP", "MENA", "AMS", "WCA"]), shortName: shortText.optional() }),
  Member: z.strictObject({
    ...common,
    name: shortText,
    kind: z.enum(["country", "customs_territory", "union"]),
    iso2: z.string().regex(/^[A-Z]{2}$/, "must be two capital letters").optional(),
    iso3: z.string().regex(/^[A-Z]{3}$/, "must be three capital letters").optional(),
    administrationName: shortText.optional(),
    sourceName: shortText.optional(),
    joined: isoDate.optional(),
  }),
  Event: z.strictObject({
    ...common,
    ...eventCounts,
    title: shortText,
    kind: z.enum(EVENT_KINDS),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    city: shortText.optional(),
    country: shortText.optional(),
    venue: shortText.optional(),
    format: z.enum(["in_person", "virtual", "hybrid"]).optional(),
    theme: shortText.optional(),
    outcomes: textList.optional(),
    topics: textList.optional(),
  }),
  Programme: z.strictObject({
    ...common,
    code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/, "must be an upper-case code such as PGS"),
    name: shortText,
    kind: z.enum(["programme", "sub_programme", "project", "initiative"]).optional(),
    description: text.optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    aliases: textList.optional(),
  }),
  Resolution: z.strictObject({ ...common, name: shortText, adopted: isoDate.optional(), place: shortText.optional(), summary: text.optional() }),
  Person: z.strictObject({ ...common, name: shortText, honorific: shortText.optional(), nationality: shortText.optional() }),
  Organization: z.strictObject({
    ...common,
    name: shortText,
    acronym: shortText.optional(),
    kind: z.enum(["intergovernmental", "government", "government_agency", "university", "customs_office", "regional_office", "ngo", "other"]),
    country: shortText.optional(),
  }),
} satisfies Record<(typeof LABELS)[number], z.ZodType>;

const period = { from: isoDate.optional(), to: isoDate.optional() };

export const REL_PROPS = {
  IN_REGION: z.strictObject({ ...common, ...period }),
  PARTICIPATED_IN: z.strictObject({ ...common, ...period, role: z.enum(PARTICIPATION_ROLES) }),
  ACTIVITY_OF: z.strictObject({ ...common }),
  ADDRESSED: z.strictObject({ ...common }),
  PART_OF: z.strictObject({ ...common, ...period }),
  FUNDED: z.strictObject({ ...common, ...period, amount: shortText.optional() }),
  PARTNER_OF: z.strictObject({ ...common, ...period, role: z.enum(["FOUNDING_PARTNER", "PARTNER"]).optional() }),
  SPOKE_AT: z.strictObject({ ...common, role: z.enum(SPEAKER_ROLES), topics: textList.optional() }),
  HOLDS_OFFICE: z.strictObject({ ...common, ...period, title: shortText }),
  MARKED: z.strictObject({ ...common, occasion: z.enum(["anniversary", "conclusion", "launch", "adoption"]).optional(), detail: shortText.optional() }),
  ADOPTED_BY: z.strictObject({ ...common, date: isoDate.optional() }),
  HELD_AT: z.strictObject({ ...common }),
  SIGNED: z.strictObject({ ...common, title: shortText, date: isoDate.optional() }),
} satisfies Record<(typeof REL_TYPE_NAMES)[number], z.ZodType>;

const alternative = z.strictObject({
  prop: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean()]),
  qualifier: z.enum(COUNT_QUALIFIERS).optional(),
  sources: z.array(entityId).min(1, "must name at least one source"),
});

export const headerRecord = z.strictObject({
  kind: z.literal("header"),
  format: z.literal("coopgraph/v1", { error: 'must be "coopgraph/v1"' }),
  synthetic: z.boolean().optional(),
  description: text.optional(),
  generator: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

export const nodeRecord = z.strictObject({
  kind: z.literal("node"),
  label: z.enum(LABELS),
  id: entityId,
  props: z.record(z.string(), z.unknown()),
  sources: z.array(entityId).max(100),
  alternatives: z.array(alternative).max(50).optional(),
});

export const relRecord = z.strictObject({
  kind: z.literal("rel"),
  type: z.enum(REL_TYPE_NAMES),
  from: entityId,
  to: entityId,
  key: z.string().max(200).optional(),
  props: z.record(z.string(), z.unknown()).default({}),
  sources: z.array(entityId).min(1, "must name at least one source").max(100),
  alternatives: z.array(alternative).max(50).optional(),
});

export type HeaderRecord = z.infer<typeof headerRecord>;
export type NodeRecord = z.infer<typeof nodeRecord>;
export type RelRecord = z.infer<typeof relRecord>;
