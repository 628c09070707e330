/**
 * The graph model as the importer enforces it: labels, relationship types, which
 * labels each type may join, and the enumerations. seed/FORMAT.md documents the same.
 */
export const LABELS = ["Source", "Region", "Member", "Event", "Programme", "Resolution", "Person", "Organization"] as const;
export type Label = (typeof LABELS)[number];

/** Id prefix of each label: `member:jpn` is a Member. */
export const ID_PREFIX: Record<string, Label> = Object.fromEntries(LABELS.map((l) => [l.toLowerCase(), l])) as Record<string, Label>;

export const ID_PATTERN = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function labelOfId(id: string): Label | undefined {
  const m = ID_PATTERN.exec(id);
  return m?.[1] ? ID_PREFIX[m[1]] : undefined;
}

/**
 * Relationship types: which labels each may join, and `anchor`, the end with
 * few relationships of this type (an event has a few dozen participants, a
 * member may have thousands of participations). The importer looks for an
 * existing relationship by expanding from the anchor.
 */
export const REL_TYPES = {
  IN_REGION: { from: ["Member"], to: ["Region"], anchor: "from" },
  PARTICIPATED_IN: { from: ["Member", "Organization"], to: ["Event"], anchor: "to" },
  ACTIVITY_OF: { from: ["Event"], to: ["Programme"], anchor: "from" },
  ADDRESSED: { from: ["Event"], to: ["Programme"], anchor: "from" },
  PART_OF: { from: ["Programme", "Event"], to: ["Programme", "Event"], anchor: "from" },
  FUNDED: { from: ["Organization", "Member"], to: ["Programme", "Event"], anchor: "to" },
  PARTNER_OF: { from: ["Organization"], to: ["Programme"], anchor: "to" },
  SPOKE_AT: { from: ["Person"], to: ["Event"], anchor: "to" },
  HOLDS_OFFICE: { from: ["Person"], to: ["Member", "Organization"], anchor: "from" },
  MARKED: { from: ["Event"], to: ["Resolution", "Programme"], anchor: "from" },
  ADOPTED_BY: { from: ["Resolution"], to: ["Organization"], anchor: "from" },
  HELD_AT: { from: ["Event"], to: ["Organization"], anchor: "from" },
  SIGNED: { from: ["Organization"], to: ["Organization"], anchor: "from" },
} as const satisfies Record<string, { from: readonly Label[]; to: readonly Label[]; anchor: "from" | "to" }>;
export type RelType = keyof typeof REL_TYPES;
export const REL_TYPE_NAMES = Object.keys(REL_TYPES) as RelType[];

export const PARTICIPATION_ROLES = ["HOST", "CO_HOST", "ORGANIZER", "PARTICIPANT", "FUNDER", "PARTNER", "PRESENTER", "CHAIR", "SIGNATORY", "VENUE"] as const;
export const SPEAKER_ROLES = ["OPENED", "CLOSED", "KEYNOTE", "REPRESENTED", "CHAIRED", "PRESENTED", "SPOKE", "ATTENDED"] as const;
export const COUNT_QUALIFIERS = ["exactly", "over", "more_than", "at_least", "about", "up_to"] as const;
export const EVENT_KINDS = [
  "conference", "meeting", "workshop", "training", "lecture", "lecture_series", "operation", "webinar",
  "signing", "launch", "committee_session", "summit",
] as const;
export const EVENT_COUNTS = ["delegates", "participants", "organizations", "countries", "administrations"] as const;
