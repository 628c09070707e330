import { z } from "zod";
import {
  COUNT_ATTENDANCE, COUNT_QUALIFIERS, EVENT_COUNTS, EVENT_FORMATS, EVENT_KINDS, MEMBER_KINDS, ORGANIZATION_KINDS, PROGRAMME_KINDS, REGION_CODES, SOURCE_KINDS,
} from "./model.enums.js";
import { common, count, enumOptions, ID_PATTERN, iso3Code, isoDate, shortText, text, textList } from "./model.values.js";

/** Every node label; each node also carries :Entity. */
export const LABELS = ["Source", "Region", "Member", "Event", "Programme", "Resolution", "Person", "Organization"] as const;
export type Label = (typeof LABELS)[number];

/**
 * Id prefix of each label: `member:jpn` is a Member. Without a prototype, so
 * an id such as `constructor:x` names no label rather than Object's constructor.
 */
export const ID_PREFIX: Readonly<Record<string, Label | undefined>> = Object.assign(Object.create(null) as Record<string, Label>, Object.fromEntries(LABELS.map((l) => [l.toLowerCase(), l])));

export function labelOfId(id: string): Label | undefined {
  return ID_PATTERN.test(id) ? labelOfValidId(id) : undefined;
}

/** The label of an id already known to match ID_PATTERN (the import schema checked it): its prefix, without the pattern again. */
export function labelOfValidId(id: string): Label | undefined {
  return ID_PREFIX[id.slice(0, id.indexOf(":"))];
}

const eventCounts = Object.fromEntries(
  EVENT_COUNTS.flatMap((c) => [
    [c, count.optional()],
    [`${c}Qualifier`, z.enum(COUNT_QUALIFIERS).optional()],
    [`${c}Scope`, shortText.optional()],
    // The parts of a count split by attendance ("24 in person + 112 online"),
    // each with its qualifier; the total is stored only where a source states it.
    ...Object.values(COUNT_ATTENDANCE).flatMap((part) => [
      [`${c}${part}`, count.optional()],
      [`${c}${part}Qualifier`, z.enum(COUNT_QUALIFIERS).optional()],
    ]),
  ]),
);

/** The properties each label may carry; unknown keys are refused so a typo cannot slip in unseen. */
export const NODE_PROPS = {
  Source: z.strictObject({
    ...common,
    title: text,
    publisher: shortText,
    published: isoDate.optional(),
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000).optional(),
    kind: z.enum(SOURCE_KINDS).optional(),
    language: z.string().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, "must be a language code such as en or zh-CN").optional(),
  }),
  Region: z.strictObject({ ...common, name: shortText, code: z.enum(REGION_CODES), shortName: shortText.optional() }),
  Member: z.strictObject({
    ...common,
    name: shortText,
    kind: z.enum(MEMBER_KINDS),
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
    format: z.enum(EVENT_FORMATS).optional(),
    theme: shortText.optional(),
    outcomes: textList.optional(),
    topics: textList.optional(),
  }),
  Programme: z.strictObject({
    ...common,
    code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/, "must be an upper-case code such as PGS"),
    name: shortText,
    kind: z.enum(PROGRAMME_KINDS).optional(),
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
    kind: z.enum(ORGANIZATION_KINDS),
    country: shortText.optional(),
    // The ISO 3166-1 alpha-3 code of `country`, equal to the iso3 of that country's Member.
    countryIso3: iso3Code.optional(),
  }),
} as const satisfies Record<Label, z.ZodObject>;

export type NodeProps<L extends Label> = z.infer<(typeof NODE_PROPS)[L]>;

/** Each event count's scope (`delegatesScope`: "Customs delegates"), searchable with the event's other words. */
const COUNT_SCOPES = EVENT_COUNTS.map((c) => `${c}Scope` as const);

/**
 * The text properties the full-text index (`entity_search_v2`) covers, per label:
 * what a reader looks for (names, titles, themes, outcomes, topics, notes,
 * descriptions, count scopes, places). Lists of strings (outcomes, topics,
 * aliases) are indexed item by item: Neo4j full-text indexes take STRING and
 * LIST<STRING> values. A property named here must exist on the label (the
 * compiler checks), and a test checks that the newest cypher/schema file
 * creating the index that cypher/analysis/search.cypher queries covers exactly
 * these labels and properties.
 */
export const SEARCHABLE = {
  Source: ["title", "publisher", "note"],
  Region: ["name", "code", "shortName", "note"],
  Member: ["name", "administrationName", "sourceName", "note"],
  Event: ["title", "theme", "outcomes", "topics", ...COUNT_SCOPES, "city", "country", "venue", "note"],
  Programme: ["name", "code", "aliases", "description", "note"],
  Resolution: ["name", "summary", "place", "note"],
  Person: ["name", "note"],
  Organization: ["name", "acronym", "country", "note"],
} as const satisfies { [L in Label]: readonly (keyof NodeProps<L> & string)[] };

/** The properties of the full-text index: a Neo4j full-text index takes one list for all its labels. */
export function searchableProperties(): string[] {
  return [...new Set(LABELS.flatMap((l) => SEARCHABLE[l]))];
}

/** The values a label's `kind` may take; empty for a label without kinds. */
export function kindsOf(label: Label): readonly string[] {
  return enumOptions(NODE_PROPS[label], "kind") ?? [];
}
