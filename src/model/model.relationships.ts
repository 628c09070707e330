import { z } from "zod";
import { MARK_OCCASIONS, PARTICIPATION_ROLES, PARTNER_ROLES, SPEAKER_ROLES } from "./model.enums.js";
import { AFFILIATION_ROLES, BASIS_ROLES, REFERENCE_ROLES } from "./model.enums.js";
import type { Label } from "./model.labels.js";
import { common, isoDate, period, shortText, textList } from "./model.values.js";
import { monthDay } from "./model.values.js";

interface RelTypeSpec {
  /** What the relationship states, for the GraphQL enum and the documentation. */
  description: string;
  from: readonly Label[];
  to: readonly Label[];
  /**
   * The end with few relationships of this type (an event has a few dozen
   * participants, a member may have thousands of participations). Writers look
   * for an existing relationship by expanding from the anchor, and lock it.
   */
  anchor: "from" | "to";
  /** The properties it may carry; unknown keys are refused. */
  props: z.ZodObject;
}

/** Every relationship type, its ends and its properties. */
export const REL_TYPES = {
  IN_REGION: {
    description: "A member administration belongs to a WCO region.",
    from: ["Member"], to: ["Region"], anchor: "from",
    props: z.strictObject({ ...common, ...period }),
  },
  PARTICIPATED_IN: {
    description: "A member or organization took part in an event, in a role (HOST, PARTICIPANT, FUNDER...).",
    from: ["Member", "Organization"], to: ["Event"], anchor: "to",
    props: z.strictObject({ ...common, ...period, role: z.enum(PARTICIPATION_ROLES) }),
  },
  ACTIVITY_OF: {
    description: "An event is an activity of a programme.",
    from: ["Event"], to: ["Programme"], anchor: "from",
    props: z.strictObject({ ...common }),
  },
  ADDRESSED: {
    description: "An event had a programme on its agenda.",
    from: ["Event"], to: ["Programme"], anchor: "from",
    props: z.strictObject({ ...common }),
  },
  PART_OF: {
    description: "A sub-programme or project is part of a programme; a session is part of an event.",
    from: ["Programme", "Event"], to: ["Programme", "Event"], anchor: "from",
    props: z.strictObject({ ...common, ...period }),
  },
  FUNDED: {
    description: "An organization or member funded a programme or an event.",
    from: ["Organization", "Member"], to: ["Programme", "Event"], anchor: "to",
    props: z.strictObject({ ...common, ...period, amount: shortText.optional() }),
  },
  PARTNER_OF: {
    description: "An organization is a (founding) partner of a programme.",
    from: ["Organization"], to: ["Programme"], anchor: "to",
    props: z.strictObject({ ...common, ...period, role: z.enum(PARTNER_ROLES).optional() }),
  },
  SPOKE_AT: {
    description: "An official opened, closed, spoke at or represented someone at an event.",
    from: ["Person"], to: ["Event"], anchor: "to",
    props: z.strictObject({ ...common, role: z.enum(SPEAKER_ROLES), topics: textList.optional() }),
  },
  HOLDS_OFFICE: {
    description: "An official holds (or held) an office at a member administration or an organization.",
    from: ["Person"], to: ["Member", "Organization"], anchor: "from",
    props: z.strictObject({ ...common, ...period, title: shortText }),
  },
  MARKED: {
    description: "An event marked a resolution or a programme (an anniversary, a conclusion, a launch...).",
    from: ["Event"], to: ["Resolution", "Programme"], anchor: "from",
    props: z.strictObject({ ...common, occasion: z.enum(MARK_OCCASIONS).optional(), detail: shortText.optional() }),
  },
  ADOPTED_BY: {
    description: "A resolution was adopted by a body.",
    from: ["Resolution"], to: ["Organization"], anchor: "from",
    props: z.strictObject({ ...common, date: isoDate.optional() }),
  },
  HELD_AT: {
    description: "An event was held at an institution.",
    from: ["Event"], to: ["Organization"], anchor: "from",
    props: z.strictObject({ ...common }),
  },
  SIGNED: {
    description: "An organization signed an agreement with another.",
    from: ["Organization"], to: ["Organization"], anchor: "from",
    props: z.strictObject({ ...common, title: shortText, date: isoDate.optional(), monthDay: monthDay.optional() }),
  },
  AFFILIATED_WITH: {
    description: "An organization belongs to a member: it is its customs administration (ADMINISTRATION), a unit of it (UNIT), another public body of its country (AGENCY) or its government (GOVERNMENT). Analyses that fold actors follow it.",
    from: ["Organization"], to: ["Member"], anchor: "from",
    props: z.strictObject({ ...common, ...period, role: z.enum(AFFILIATION_ROLES) }),
  },
  REFERS_TO: {
    description: "An instrument recalls (RECALLS) or revises (REVISES) an earlier one, or names a programme (NAMES).",
    from: ["Resolution"], to: ["Resolution", "Programme"], anchor: "from",
    props: z.strictObject({ ...common, role: z.enum(REFERENCE_ROLES) }),
  },
  BASED_ON: {
    description: "A programme builds on (BUILDS_ON), follows up (FOLLOWS_UP) or implements (IMPLEMENTS) an instrument.",
    from: ["Programme"], to: ["Resolution"], anchor: "from",
    props: z.strictObject({ ...common, role: z.enum(BASIS_ROLES) }),
  },
  BENEFICIARY_OF: {
    description: "A member administration is a beneficiary of a programme or project.",
    from: ["Member"], to: ["Programme"], anchor: "to",
    props: z.strictObject({ ...common, ...period }),
  },
} as const satisfies Record<string, RelTypeSpec>;

export type RelType = keyof typeof REL_TYPES;
export const REL_TYPE_NAMES = Object.keys(REL_TYPES) as RelType[];

/** The relationship types that may leave (out) or reach (in) a node of label L. */
export type OutTypes<L extends Label> = { [T in RelType]: L extends (typeof REL_TYPES)[T]["from"][number] ? T : never }[RelType];
export type InTypes<L extends Label> = { [T in RelType]: L extends (typeof REL_TYPES)[T]["to"][number] ? T : never }[RelType];

/** The properties a relationship of type T may carry, as the importer accepts them. */
export type RelProps<T extends RelType> = z.input<(typeof REL_TYPES)[T]["props"]>;

/** Which way a relationship is followed from an entity: out (it starts there) or in (it ends there). */
export type Direction = "out" | "in";
