import { registerEnumType } from "type-graphql";
import { EVENT_KINDS } from "../model/model.enums.js";

/**
 * The fixed vocabularies of activity(): what rows are grouped by, what they
 * count, and how they are ordered. The statement reads them as parameters and
 * compares them with literals, so no user text ever reaches Cypher.
 */

export enum ActivityDimension {
  YEAR = "YEAR",
  PROGRAMME = "PROGRAMME",
  REGION = "REGION",
  EVENT_KIND = "EVENT_KIND",
  ROLE = "ROLE",
  ACTOR = "ACTOR",
}
registerEnumType(ActivityDimension, {
  name: "ActivityDimension",
  description:
    "What activity() rows are grouped by. A unit with several values of a dimension (an event spanning two years, " +
    "an event of two programmes, an event with hosts and participants) counts once under each of them, so rows may add up to more than the whole.",
  valuesConfig: {
    YEAR: { description: "Every year the event's interval touches, within the period (a conference of 30 December 2018 to 2 January 2019 is in 2018 and in 2019). Undated events: year null." },
    PROGRAMME: {
      description:
        "Every programme the event is an activity of or addressed, and every programme above it (PART_OF, up to 5 levels): " +
        "an activity of PGS counts for PGS and for the Security Programme. With a programme filter, only that programme and those under it. Events of no programme: programme null.",
    },
    REGION: { description: "The WCO region of the member taking part; organizations have none (region null). Participation measures only: persons have no region." },
    EVENT_KIND: { description: "The event's kind (conference, workshop...)." },
    ROLE: { description: "The role of the participation (ParticipationRole) or of the appearance (SpeakerRole), by the measure." },
    ACTOR: { description: "Who took part: the member or organization (participation measures), or the person (appearance measures)." },
  },
});

export enum ActivityMeasure {
  EVENTS = "EVENTS",
  PARTICIPATIONS = "PARTICIPATIONS",
  DISTINCT_PARTICIPANTS = "DISTINCT_PARTICIPANTS",
  APPEARANCES = "APPEARANCES",
  SPEECHES = "SPEECHES",
  DISTINCT_SPEAKERS = "DISTINCT_SPEAKERS",
}
registerEnumType(ActivityMeasure, {
  name: "ActivityMeasure",
  description: "What each activity() row counts.",
  valuesConfig: {
    EVENTS: {
      description:
        "Distinct events. Grouped by ROLE, REGION or ACTOR, or filtered by roles or region, an event counts through its participations: " +
        "once per role (region, actor) it has, and an event with no such participation not at all. Otherwise every event counts, with or without participants.",
    },
    PARTICIPATIONS: {
      description:
        "Participations: an actor's role in an event (PARTICIPATED_IN). A member that was HOST and FUNDER of one event makes two; " +
        "folded, a member and its government both PARTICIPANT make one.",
    },
    DISTINCT_PARTICIPANTS: { description: "Distinct members (and organizations with includeOrganizations) that took part; not with ACTOR, where it is always 1." },
    APPEARANCES: { description: "Appearances: a person's role at an event (SPOKE_AT), every role, ATTENDED included." },
    SPEECHES: { description: "Appearances other than ATTENDED: opening, closing, keynote, chairing, presenting, representing, speaking." },
    DISTINCT_SPEAKERS: { description: "Distinct persons with a speech (SPEECHES); not with ACTOR, where it is always 1." },
  },
});

export enum ActivityOrder {
  VALUE_DESC = "VALUE_DESC",
  VALUE_ASC = "VALUE_ASC",
  DIMENSIONS = "DIMENSIONS",
}
registerEnumType(ActivityOrder, {
  name: "ActivityOrder",
  description: "How activity() rows are ordered. Ties, and DIMENSIONS, go by the dimensions in groupBy's order (year; programme, region by code; kind; role; actor by id), ascending, nulls last.",
  valuesConfig: {
    VALUE_DESC: { description: "Largest value first (rankings)." },
    VALUE_ASC: { description: "Smallest value first." },
    DIMENSIONS: { description: "By the dimension values alone, in groupBy's order (time series: groupBy [PROGRAMME, YEAR] gives each programme's years in turn)." },
  },
});

/** The model's event kinds as an enum: the type of activity()'s eventKinds filter and of a row's eventKind. */
export const EventKind = Object.fromEntries(EVENT_KINDS.map((k) => [k, k])) as { readonly [K in (typeof EVENT_KINDS)[number]]: K };
export type EventKind = (typeof EVENT_KINDS)[number];
registerEnumType(EventKind, {
  name: "EventKind",
  description: "The kinds of event the graph holds (Event.kind).",
  valuesConfig: Object.fromEntries(EVENT_KINDS.map((k) => [k, { description: `An event of kind ${k}.` }])),
});

/** The measures that count SPOKE_AT (persons); the others count PARTICIPATED_IN. */
export const APPEARANCE_MEASURES: ReadonlySet<ActivityMeasure> = new Set([ActivityMeasure.APPEARANCES, ActivityMeasure.SPEECHES, ActivityMeasure.DISTINCT_SPEAKERS]);

/** The measures that count actors, which an ACTOR dimension would make 1 on every row. */
export const DISTINCT_ACTOR_MEASURES: ReadonlySet<ActivityMeasure> = new Set([ActivityMeasure.DISTINCT_PARTICIPANTS, ActivityMeasure.DISTINCT_SPEAKERS]);
