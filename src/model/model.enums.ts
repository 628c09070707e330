/**
 * The closed vocabularies of the graph. The importer refuses any other value,
 * and the generator, the filters and the GraphQL descriptions read them here.
 */

/** The six WCO regions, by code. */
export const REGION_CODES = ["ESA", "EUR", "AP", "MENA", "AMS", "WCA"] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/** PARTICIPATED_IN {role}: how a member or organization took part in an event. */
export const PARTICIPATION_ROLES = ["HOST", "CO_HOST", "ORGANIZER", "PARTICIPANT", "FUNDER", "PARTNER", "PRESENTER", "CHAIR", "SIGNATORY", "VENUE"] as const;

/** SPOKE_AT {role}: what an official did at an event. */
export const SPEAKER_ROLES = ["OPENED", "CLOSED", "KEYNOTE", "REPRESENTED", "CHAIRED", "PRESENTED", "SPOKE", "ATTENDED"] as const;

/** PARTNER_OF {role}. */
export const PARTNER_ROLES = ["FOUNDING_PARTNER", "PARTNER"] as const;

/** MARKED {occasion}: why an event is tied to a resolution or programme. */
export const MARK_OCCASIONS = ["anniversary", "conclusion", "launch", "adoption"] as const;

/** How a source qualifies a number: "over 150 delegates" is 150 with qualifier over. */
export const COUNT_QUALIFIERS = ["exactly", "over", "more_than", "at_least", "about", "up_to"] as const;

/** What an event's stated counts may count; each comes with a Qualifier and a Scope property. */
export const EVENT_COUNTS = ["delegates", "participants", "organizations", "countries", "administrations"] as const;

export const EVENT_KINDS = [
  "conference", "meeting", "workshop", "training", "lecture", "lecture_series", "operation", "webinar",
  "signing", "launch", "committee_session", "summit",
] as const;

export const EVENT_FORMATS = ["in_person", "virtual", "hybrid"] as const;

export const MEMBER_KINDS = ["country", "customs_territory", "union"] as const;

export const ORGANIZATION_KINDS = ["intergovernmental", "government", "government_agency", "university", "customs_office", "regional_office", "ngo", "other"] as const;

export const PROGRAMME_KINDS = ["programme", "sub_programme", "project", "initiative", "annual_theme"] as const;

export const SOURCE_KINDS = ["news", "web_page", "reference", "dataset"] as const;

/**
 * AFFILIATED_WITH {role}: how an organization belongs to a member, so an
 * analysis can fold it into the member (docs/data.md#one-actor-one-place).
 * ADMINISTRATION: it is (the headquarters of) the member's customs administration;
 * UNIT: a regional or local office of that administration;
 * AGENCY: another public body of the member's country or union;
 * GOVERNMENT: the member's government, one of its ministries, or a union's institutions.
 */
export const AFFILIATION_ROLES = ["ADMINISTRATION", "UNIT", "AGENCY", "GOVERNMENT"] as const;
export type AffiliationRole = (typeof AFFILIATION_ROLES)[number];

/** REFERS_TO {role}: how an instrument refers to an earlier one or to a programme. */
export const REFERENCE_ROLES = ["RECALLS", "REVISES", "NAMES"] as const;

/** BASED_ON {role}: how a programme rests on an instrument. */
export const BASIS_ROLES = ["BUILDS_ON", "FOLLOWS_UP", "IMPLEMENTS"] as const;

/**
 * How attendance splits a stated count: `participantsInPerson` and
 * `participantsOnline` for "24 in person + 112 online". The property suffix of
 * each mode is its camel-cased name.
 */
export const COUNT_ATTENDANCE = { in_person: "InPerson", online: "Online" } as const;
export type CountAttendance = keyof typeof COUNT_ATTENDANCE;

/**
 * The role vocabularies by the name the API gives them. A relation field's
 * `role` filter takes the vocabulary of its relationship type, so a role the
 * type never carries ("host", SPEAKER roles on participations) is refused
 * instead of silently matching nothing.
 */
export const ROLE_VOCABULARIES = {
  ParticipationRole: PARTICIPATION_ROLES,
  SpeakerRole: SPEAKER_ROLES,
  PartnerRole: PARTNER_ROLES,
  AffiliationRole: AFFILIATION_ROLES,
  ReferenceRole: REFERENCE_ROLES,
  BasisRole: BASIS_ROLES,
} as const;
export type RoleVocabulary = keyof typeof ROLE_VOCABULARIES;
