/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What activity() rows are grouped by. A unit with several values of a dimension (an event spanning two years, an event of two programmes, an event with hosts and participants) counts once under each of them, so rows may add up to more than the whole. */
export type ActivityDimension =
  /** Who took part: the member or organization (participation measures), or the person (appearance measures). */
  | 'ACTOR'
  /** The event's kind (conference, workshop...). */
  | 'EVENT_KIND'
  /** Every programme the event is an activity of or addressed, and every programme above it (PART_OF, up to 5 levels): an activity of PGS counts for PGS and for the Security Programme. With a programme filter, only that programme and those under it. Events of no programme: programme null. */
  | 'PROGRAMME'
  /** The WCO region of the member taking part; organizations have none (region null). Participation measures only: persons have no region. */
  | 'REGION'
  /** The role of the participation (ParticipationRole) or of the appearance (SpeakerRole), by the measure. */
  | 'ROLE'
  /** Every year the event's interval touches, within the period (a conference of 30 December 2018 to 2 January 2019 is in 2018 and in 2019). Undated events: year null. */
  | 'YEAR';

/** What each activity() row counts. */
export type ActivityMeasure =
  /** Appearances: a person's role at an event (SPOKE_AT), every role, ATTENDED included. */
  | 'APPEARANCES'
  /** Distinct members (and organizations with includeOrganizations) that took part; not with ACTOR, where it is always 1. */
  | 'DISTINCT_PARTICIPANTS'
  /** Distinct persons with a speech (SPEECHES); not with ACTOR, where it is always 1. */
  | 'DISTINCT_SPEAKERS'
  /** Distinct events. Grouped by ROLE, REGION or ACTOR, or filtered by roles or region, an event counts through its participations: once per role (region, actor) it has, and an event with no such participation not at all. Otherwise every event counts, with or without participants. */
  | 'EVENTS'
  /** Participations: an actor's role in an event (PARTICIPATED_IN). A member that was HOST and FUNDER of one event makes two; folded, a member and its government both PARTICIPANT make one. */
  | 'PARTICIPATIONS'
  /** Appearances other than ATTENDED: opening, closing, keynote, chairing, presenting, representing, speaking. */
  | 'SPEECHES';

/** How activity() rows are ordered. Ties, and DIMENSIONS, go by the dimensions in groupBy's order (year; programme, region by code; kind; role; actor by id), ascending, nulls last. */
export type ActivityOrder =
  /** By the dimension values alone, in groupBy's order (time series: groupBy [PROGRAMME, YEAR] gives each programme's years in turn). */
  | 'DIMENSIONS'
  /** Smallest value first. */
  | 'VALUE_ASC'
  /** Largest value first (rankings). */
  | 'VALUE_DESC';

/** The roles of AFFILIATED_WITH. */
export type AffiliationRole =
  /** It is (or heads) the member's customs administration. On AFFILIATED_WITH. */
  | 'ADMINISTRATION'
  /** Another public body of the member's country or union. On AFFILIATED_WITH. */
  | 'AGENCY'
  /** The member's government, one of its ministries, or a union's institutions. On AFFILIATED_WITH. */
  | 'GOVERNMENT'
  /** A regional or local office of the member's customs administration. On AFFILIATED_WITH. */
  | 'UNIT';

/** A value a source gives that differs from the one stored, with the sources that give it. */
export type AlternativeInput = {
  /** The property it is an alternative for, e.g. participants. */
  prop: string;
  /** For counts: exact, over, more_than, about, at_least, up_to. */
  qualifier?: string | null | undefined;
  /** Ids of the sources that give this value: at least one. */
  sources: Array<string | number>;
  /** A string, number or boolean. */
  value: unknown;
};

/** Filters of a list; all given filters must hold. */
export type EntityFilter = {
  /** Only these ids (at most 100). */
  ids?: Array<string | number> | null | undefined;
  /** The label's kind property (e.g. intergovernmental, sub_programme, news); a kind the label does not have is refused with BAD_USER_INPUT listing its kinds. */
  kind?: string | null | undefined;
  /** true: only synthetic; false: only real; absent: both. */
  synthetic?: boolean | null | undefined;
  /** Case-insensitive text in the name or title (and acronym, code, publisher... where the label has them). */
  text?: string | null | undefined;
};

/** An entity of any label, by id (the prefix names the label: member:, event:, programme:, organization:, person:, resolution:, region:). properties are the label's fields as in seed/FORMAT.md, e.g. { name, kind, iso3 } for a member; every one is checked. */
export type EntityInput = {
  /** Values other sources give for some of its properties; absent: none. */
  alternatives?: Array<AlternativeInput> | null | undefined;
  /** The entity's id, whose prefix names its label, e.g. member:jpn; an existing id updates that entity. */
  id: string | number;
  /** The label's properties as in seed/FORMAT.md, e.g. { "name": "Japan", "kind": "country" }; unknown or ill-typed ones are refused. */
  properties: unknown;
  /** Ids of the sources that state this entity: at least one. */
  sources: Array<string | number>;
};

/** Event filters; all given filters must hold. */
export type EventFilter = {
  /** The period's first day: a date of any precision is the interval it names (2019 starts on 1 January 2019). An event counts when its own interval (startDate to endDate, each as the interval it names) overlaps the period, even partly, and then counts in full. Events without a startDate count only when no period is given. */
  from?: string | null | undefined;
  /** Only these ids (at most 100). */
  ids?: Array<string | number> | null | undefined;
  /** conference, meeting, workshop, training, lecture, lecture_series, operation, webinar, signing, launch, committee_session, summit. */
  kind?: string | null | undefined;
  /** Activities of this programme (code) or its sub-programmes, or events that addressed them. */
  programme?: string | null | undefined;
  /** true: only synthetic; false: only real; absent: both. */
  synthetic?: boolean | null | undefined;
  /** Case-insensitive text in the title, city or country. */
  text?: string | null | undefined;
  /** The period's last day: to 2019 reaches 31 December 2019, to 2019-05 the 31st of May. See from. */
  to?: string | null | undefined;
};

/** The kinds of event the graph holds (Event.kind). */
export type EventKind =
  /** An event of kind committee_session. */
  | 'committee_session'
  /** An event of kind conference. */
  | 'conference'
  /** An event of kind launch. */
  | 'launch'
  /** An event of kind lecture. */
  | 'lecture'
  /** An event of kind lecture_series. */
  | 'lecture_series'
  /** An event of kind meeting. */
  | 'meeting'
  /** An event of kind operation. */
  | 'operation'
  /** An event of kind signing. */
  | 'signing'
  /** An event of kind summit. */
  | 'summit'
  /** An event of kind training. */
  | 'training'
  /** An event of kind webinar. */
  | 'webinar'
  /** An event of kind workshop. */
  | 'workshop';

/** By start date (as precise as stated), or by title. */
export type EventOrder =
  /** Oldest first. */
  | 'START_DATE_ASC'
  /** Newest first (the default). */
  | 'START_DATE_DESC'
  /** By title, A to Z. */
  | 'TITLE_ASC'
  /** By title, Z to A. */
  | 'TITLE_DESC';

/** Sources, entities and relationships written together, in one transaction: all of them, or none. */
export type GraphChangeInput = {
  /** Entities to create or update. */
  entities?: Array<EntityInput>;
  /** Relationships to create or update; their ends may be entities of the same call. */
  relationships?: Array<RelationshipInput>;
  /** Sources to create or update; written first, so entities and relationships of the call may cite them. */
  sources?: Array<SourceInput>;
};

/** Member filters; all given filters must hold. */
export type MemberFilter = {
  /** Only these ids (at most 100). */
  ids?: Array<string | number> | null | undefined;
  /** country, customs_territory, union. */
  kind?: string | null | undefined;
  /** Region code: ESA, EUR, AP, MENA, AMS, WCA. */
  region?: string | null | undefined;
  /** true: only synthetic; false: only real; absent: both. */
  synthetic?: boolean | null | undefined;
  /** Case-insensitive text in the name or administration name, or an exact ISO2/ISO3 code. */
  text?: string | null | undefined;
};

/** By name, or by ISO 3166 alpha-3 code. */
export type MemberOrder =
  /** By ISO3 code, AFG to ZWE. */
  | 'ISO3_ASC'
  /** By ISO3 code, ZWE to AFG. */
  | 'ISO3_DESC'
  /** By name, A to Z (the default). */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** By name (or title for sources), case-insensitive. */
export type NameOrder =
  /** A to Z (the default). */
  | 'NAME_ASC'
  /** Z to A. */
  | 'NAME_DESC';

/** A measure of an actor's place in a cooperation network, computed on the whole filtered network (every edge of the filter, not only those drawn). */
export type NetworkMetric =
  /** Shortest paths between other actors that pass through this one, edge weights read as distances (1/weight: actors that shared more events are closer); unnormalised, each pair of actors counted once. Exact up to a size, sampled above it (the answer's metrics.betweenness says which). */
  | 'BETWEENNESS'
  /** Local clustering coefficient (unweighted): the share of pairs of the actor's partners that are partners themselves; 0 below two partners. */
  | 'CLUSTERING'
  /** Partners: edges of the actor. */
  | 'DEGREE'
  /** Eigenvector centrality, weighted: high when the actor's partners are central themselves (unit Euclidean norm). */
  | 'EIGENVECTOR'
  /** PageRank, weighted by shared events, damping 0.85: the share of a random walk's time spent at the actor (all sum to 1). */
  | 'PAGE_RANK'
  /** Weighted degree: the sum of the actor's edge weights (shared events, counted per partner). */
  | 'STRENGTH';

/** The roles of PARTICIPATED_IN. */
export type ParticipationRole =
  /** Chaired it or one of its sessions. On PARTICIPATED_IN. */
  | 'CHAIR'
  /** Hosted it together with another host. On PARTICIPATED_IN. */
  | 'CO_HOST'
  /** Funded it (a source lists the funder among the parties). On PARTICIPATED_IN. */
  | 'FUNDER'
  /** Hosted the event (the host administration or organization). On PARTICIPATED_IN. */
  | 'HOST'
  /** Organized it without being named its host. On PARTICIPATED_IN. */
  | 'ORGANIZER'
  /** Took part (attended, sent a delegation). On PARTICIPATED_IN. */
  | 'PARTICIPANT'
  /** A partner: of the event (PARTICIPATED_IN) or of the programme (PARTNER_OF). On PARTICIPATED_IN, PARTNER_OF. */
  | 'PARTNER'
  /** Presented at it (a session, a tool, a case). On PARTICIPATED_IN. */
  | 'PRESENTER'
  /** Signed the agreement the event was held for. On PARTICIPATED_IN. */
  | 'SIGNATORY'
  /** Provided the venue without hosting. On PARTICIPATED_IN. */
  | 'VENUE';

/** ALL: the member took part in activities of every programme given. ANY: of at least one. */
export type ProgrammeMatch =
  /** Every programme given. */
  | 'ALL'
  /** At least one of the programmes given. */
  | 'ANY';

/** A relationship between two entities (existing, or given in the same call), with its sources. */
export type RelationshipInput = {
  /** Values other sources give for some of its properties; absent: none. */
  alternatives?: Array<AlternativeInput> | null | undefined;
  /** Id of the start entity, e.g. member:jpn for PARTICIPATED_IN. */
  from: string | number;
  /** Tells apart two relationships of one type between the same two entities; defaults to the role or title. */
  key?: string | null | undefined;
  /** The type's fields as in seed/FORMAT.md, e.g. { role: "PARTICIPANT" }. */
  properties?: unknown;
  /** Ids of the sources that state this relationship: at least one. */
  sources: Array<string | number>;
  /** Id of the end entity, e.g. an event: id for PARTICIPATED_IN. */
  to: string | number;
  /** The relationship type; it decides which labels may be at each end and which properties it takes. */
  type: RelationshipType;
};

/** The role a relationship states (every role vocabulary); the role filters take the narrower vocabulary of their relationship type (ParticipationRole, SpeakerRole...). */
export type RelationshipRole =
  /** It is (or heads) the member's customs administration. On AFFILIATED_WITH. */
  | 'ADMINISTRATION'
  /** Another public body of the member's country or union. On AFFILIATED_WITH. */
  | 'AGENCY'
  /** Attended without a stated speaking part. On SPOKE_AT. */
  | 'ATTENDED'
  /** The programme builds on the instrument. On BASED_ON. */
  | 'BUILDS_ON'
  /** Chaired it or one of its sessions. On PARTICIPATED_IN. */
  | 'CHAIR'
  /** Chaired the event or a session. On SPOKE_AT. */
  | 'CHAIRED'
  /** Closed the event (closing remarks). On SPOKE_AT. */
  | 'CLOSED'
  /** Hosted it together with another host. On PARTICIPATED_IN. */
  | 'CO_HOST'
  /** The programme follows up the instrument. On BASED_ON. */
  | 'FOLLOWS_UP'
  /** A partner from the programme's start. On PARTNER_OF. */
  | 'FOUNDING_PARTNER'
  /** Funded it (a source lists the funder among the parties). On PARTICIPATED_IN. */
  | 'FUNDER'
  /** The member's government, one of its ministries, or a union's institutions. On AFFILIATED_WITH. */
  | 'GOVERNMENT'
  /** Hosted the event (the host administration or organization). On PARTICIPATED_IN. */
  | 'HOST'
  /** The programme implements the instrument. On BASED_ON. */
  | 'IMPLEMENTS'
  /** Gave a keynote address. On SPOKE_AT. */
  | 'KEYNOTE'
  /** The instrument names the programme. On REFERS_TO. */
  | 'NAMES'
  /** Opened the event (opening remarks). On SPOKE_AT. */
  | 'OPENED'
  /** Organized it without being named its host. On PARTICIPATED_IN. */
  | 'ORGANIZER'
  /** Took part (attended, sent a delegation). On PARTICIPATED_IN. */
  | 'PARTICIPANT'
  /** A partner: of the event (PARTICIPATED_IN) or of the programme (PARTNER_OF). On PARTICIPATED_IN, PARTNER_OF. */
  | 'PARTNER'
  /** Gave a presentation. On SPOKE_AT. */
  | 'PRESENTED'
  /** Presented at it (a session, a tool, a case). On PARTICIPATED_IN. */
  | 'PRESENTER'
  /** The instrument recalls an earlier one. On REFERS_TO. */
  | 'RECALLS'
  /** Represented an administration or organization, without a stated speaking part. On SPOKE_AT. */
  | 'REPRESENTED'
  /** The instrument revises an earlier one. On REFERS_TO. */
  | 'REVISES'
  /** Signed the agreement the event was held for. On PARTICIPATED_IN. */
  | 'SIGNATORY'
  /** Spoke (remarks, a panel) in no more specific role. On SPOKE_AT. */
  | 'SPOKE'
  /** A regional or local office of the member's customs administration. On AFFILIATED_WITH. */
  | 'UNIT'
  /** Provided the venue without hosting. On PARTICIPATED_IN. */
  | 'VENUE';

/** The relationship types of the graph (docs/data.md describes the model). */
export type RelationshipType =
  /** An event is an activity of a programme. */
  | 'ACTIVITY_OF'
  /** An event had a programme on its agenda. */
  | 'ADDRESSED'
  /** A resolution was adopted by a body. */
  | 'ADOPTED_BY'
  /** An organization belongs to a member: it is its customs administration (ADMINISTRATION), a unit of it (UNIT), another public body of its country (AGENCY) or its government (GOVERNMENT). Analyses that fold actors follow it. */
  | 'AFFILIATED_WITH'
  /** A programme builds on (BUILDS_ON), follows up (FOLLOWS_UP) or implements (IMPLEMENTS) an instrument. */
  | 'BASED_ON'
  /** A member administration is a beneficiary of a programme or project. */
  | 'BENEFICIARY_OF'
  /** An organization or member funded a programme or an event. */
  | 'FUNDED'
  /** An event was held at an institution. */
  | 'HELD_AT'
  /** An official holds (or held) an office at a member administration or an organization. */
  | 'HOLDS_OFFICE'
  /** A member administration belongs to a WCO region. */
  | 'IN_REGION'
  /** An event marked a resolution or a programme (an anniversary, a conclusion, a launch...). */
  | 'MARKED'
  /** A member or organization took part in an event, in a role (HOST, PARTICIPANT, FUNDER...). */
  | 'PARTICIPATED_IN'
  /** An organization is a (founding) partner of a programme. */
  | 'PARTNER_OF'
  /** A sub-programme or project is part of a programme; a session is part of an event. */
  | 'PART_OF'
  /** An instrument recalls (RECALLS) or revises (REVISES) an earlier one, or names a programme (NAMES). */
  | 'REFERS_TO'
  /** An organization signed an agreement with another. */
  | 'SIGNED'
  /** An official opened, closed, spoke at or represented someone at an event. */
  | 'SPOKE_AT';

/** A source (article, web page, reference, dataset) that states facts. Ids look like source:<slug>. */
export type SourceInput = {
  /** source:<slug>, e.g. source:wco-news-2019-05-28; an existing id updates that source. */
  id: string | number;
  /** news, web_page, reference or dataset. */
  kind?: string | null | undefined;
  /** Language code such as en or zh-CN. */
  language?: string | null | undefined;
  /** An editor's remark on the source; absent: none. */
  note?: string | null | undefined;
  /** ISO date of any precision: 2019, 2019-05 or 2019-05-28. */
  published?: string | null | undefined;
  /** Who published it, e.g. World Customs Organization. */
  publisher: string;
  /** The document's title. */
  title: string;
  /** http(s) URL. */
  url?: string | null | undefined;
};

/** The roles of SPOKE_AT. */
export type SpeakerRole =
  /** Attended without a stated speaking part. On SPOKE_AT. */
  | 'ATTENDED'
  /** Chaired the event or a session. On SPOKE_AT. */
  | 'CHAIRED'
  /** Closed the event (closing remarks). On SPOKE_AT. */
  | 'CLOSED'
  /** Gave a keynote address. On SPOKE_AT. */
  | 'KEYNOTE'
  /** Opened the event (opening remarks). On SPOKE_AT. */
  | 'OPENED'
  /** Gave a presentation. On SPOKE_AT. */
  | 'PRESENTED'
  /** Represented an administration or organization, without a stated speaking part. On SPOKE_AT. */
  | 'REPRESENTED'
  /** Spoke (remarks, a panel) in no more specific role. On SPOKE_AT. */
  | 'SPOKE';

export type AboutQueryVariables = Exact<{ [key: string]: never; }>;


export type AboutQuery = { about: { service: string, database: { product: string, version: string, edition: string, database: string, nodeCount: number, relationshipCount: number, labels: Array<{ label: string, count: number }> } } };

export type DatabaseVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseVersionQuery = { about: { database: { version: string } } };

export type GraphCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphCountsQuery = { about: { database: { nodeCount: number, relationshipCount: number, labels: Array<{ label: string, count: number }> } } };

export type TypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type TypenameQuery = { __typename: 'Query' };

export type QueryTypeNameQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryTypeNameQuery = { __schema: { queryType: { name: string | null } } };

export type ActivityQueryVariables = Exact<{
  groupBy: Array<ActivityDimension> | ActivityDimension;
  measure: ActivityMeasure;
  programme?: string | null | undefined;
  region?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  includeSynthetic?: boolean | null | undefined;
  includeOrganizations?: boolean | null | undefined;
  foldMembers?: boolean | null | undefined;
  foldRoles?: Array<AffiliationRole> | AffiliationRole | null | undefined;
  eventKinds?: Array<EventKind> | EventKind | null | undefined;
  roles?: Array<RelationshipRole> | RelationshipRole | null | undefined;
  order?: ActivityOrder | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ActivityQuery = { activity: { measure: ActivityMeasure, groupBy: Array<ActivityDimension>, totalRows: number, hasMore: boolean, foldedMembers: boolean, rows: Array<{ year: number | null, regionCode: string | null, eventKind: EventKind | null, role: RelationshipRole | null, value: number, region: { id: string, code: string } | null, programme: { id: string, code: string } | null, actor:
        | { __typename: 'Event', id: string }
        | { __typename: 'Member', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Resolution', id: string }
        | { __typename: 'Source', id: string }
       | null }> } };

export type GraphVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphVersionQuery = { about: { graphVersion: number } };

export type ChangesQueryVariables = Exact<{
  since: number;
  first?: number | null | undefined;
}>;


export type ChangesQuery = { changes: { version: number, hasMore: boolean, complete: boolean, changes: Array<{ version: number, at: string, actor: string, origin: string, created: Array<string>, updated: Array<string>, relationshipsCreated: Array<string>, relationshipsUpdated: Array<string>, nodes: { created: number, updated: number }, relationships: { created: number, updated: number } }> } };

export type GraphChangedSubscriptionVariables = Exact<{
  since?: number | null | undefined;
}>;


export type GraphChangedSubscription = { graphChanged: { version: number, actor: string, origin: string, created: Array<string> } };

export type UpsertGraphVersionMutationVariables = Exact<{
  input: GraphChangeInput;
  dryRun?: boolean | null | undefined;
}>;


export type UpsertGraphVersionMutation = { upsertGraph: { dryRun: boolean, graphVersion: number | null } };

export type CoParticipantsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  programme?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  includeSynthetic?: boolean | null | undefined;
  sources?: Array<string | number> | string | number | null | undefined;
  publishers?: Array<string> | string | null | undefined;
  certainOnly?: boolean | null | undefined;
}>;


export type CoParticipantsQuery = { coParticipants: Array<{ sharedEventCount: number, partner:
      | { __typename: 'Event', id: string }
      | { __typename: 'Member', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Resolution', id: string }
      | { __typename: 'Source', id: string }
    , sharedEvents: Array<{ id: string, startDate: string | null }> }> };

export type CooperationNetworkQueryVariables = Exact<{
  region?: string | null | undefined;
  programme?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  minWeight?: number | null | undefined;
  maxEdges?: number | null | undefined;
  includeSynthetic?: boolean | null | undefined;
  includeOrganizations?: boolean | null | undefined;
}>;


export type CooperationNetworkQuery = { cooperationNetwork: { nodes: Array<{ entityId: string, degree: number, strength: number, node:
        | { __typename: 'Event', id: string }
        | { __typename: 'Member', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Resolution', id: string }
        | { __typename: 'Source', id: string }
       }>, edges: Array<{ source: string, target: string, weight: number }> } };

export type CypherQueryVariables = Exact<{
  statement: string;
  parameters?: unknown;
  maxRows?: number | null | undefined;
}>;


export type CypherQuery = { cypher: { columns: Array<string>, rows: Array<unknown>, truncated: boolean, queryType: string } };

export type DashboardNetworkQueryVariables = Exact<{
  region?: string | null | undefined;
  includeOrganizations?: boolean | null | undefined;
}>;


export type DashboardNetworkQuery = { cooperationNetwork: { totalNodes: number, nodes: Array<{ entityId: string, degree: number, node:
        | { id: string }
        | { name: string, id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type EventRelationsQueryVariables = Exact<{
  id: string | number;
}>;


export type EventRelationsQuery = { node:
    | { id: string, participants: { totalCount: number, edges: Array<{ type: RelationshipType, role: RelationshipRole | null, sourceIds: Array<string>, sources: Array<{ id: string, publisher: string }>, node:
            | { __typename: 'Event', id: string }
            | { __typename: 'Member', id: string }
            | { __typename: 'Organization', id: string }
            | { __typename: 'Person', id: string }
            | { __typename: 'Programme', id: string }
            | { __typename: 'Region', id: string }
            | { __typename: 'Resolution', id: string }
            | { __typename: 'Source', id: string }
           }> }, appearances: { edges: Array<{ role: RelationshipRole | null, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string, offices: { edges: Array<{ title: string | null, since: string | null, until: string | null, node:
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                   }> } }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, programmes: { edges: Array<{ type: RelationshipType, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type EventsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EventFilter | null | undefined;
  orderBy?: EventOrder | null | undefined;
}>;


export type EventsPageQuery = { events: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, startDate: string | null, kind: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AffiliationUsedFieldsFragment = { role: AffiliationRole, uncertain: boolean, uncertainty: string | null, organization: { id: string }, member: { id: string } };

export type FoldedCoParticipantsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  eventsPerPartner?: number | null | undefined;
  foldMembers?: boolean | null | undefined;
  foldRoles?: Array<AffiliationRole> | AffiliationRole | null | undefined;
  includeSynthetic?: boolean | null | undefined;
}>;


export type FoldedCoParticipantsQuery = { coParticipants: Array<{ foldedMembers: boolean, sharedEventCount: number, partner:
      | { __typename: 'Event', id: string }
      | { __typename: 'Member', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Resolution', id: string }
      | { __typename: 'Source', id: string }
    , sharedEvents: Array<{ id: string }>, via: Array<{ role: AffiliationRole, uncertain: boolean, uncertainty: string | null, organization: { id: string }, member: { id: string } }> }> };

export type FoldedNetworkQueryVariables = Exact<{
  region?: string | null | undefined;
  programme?: string | null | undefined;
  minWeight?: number | null | undefined;
  maxEdges?: number | null | undefined;
  includeOrganizations?: boolean | null | undefined;
  foldMembers?: boolean | null | undefined;
  foldRoles?: Array<AffiliationRole> | AffiliationRole | null | undefined;
  includeSynthetic?: boolean | null | undefined;
}>;


export type FoldedNetworkQuery = { cooperationNetwork: { foldedMembers: boolean, nodes: Array<{ entityId: string, via: Array<{ role: AffiliationRole, uncertain: boolean, uncertainty: string | null, organization: { id: string }, member: { id: string } }> }>, edges: Array<{ source: string, target: string, weight: number }> } };

export type FoldedMembersInProgrammesQueryVariables = Exact<{
  programmes: Array<string> | string;
  match?: ProgrammeMatch | null | undefined;
  foldMembers?: boolean | null | undefined;
  foldRoles?: Array<AffiliationRole> | AffiliationRole | null | undefined;
  includeSynthetic?: boolean | null | undefined;
}>;


export type FoldedMembersInProgrammesQuery = { membersInProgrammes: Array<{ foldedMembers: boolean, member: { id: string }, programmes: Array<{ code: string, events: Array<{ id: string }>, throughAffiliates: Array<{ affiliation: { role: AffiliationRole, uncertain: boolean, uncertainty: string | null, organization: { id: string }, member: { id: string } }, events: Array<{ id: string }> }> }> }> };

export type RegionsQueryVariables = Exact<{
  first?: number | null | undefined;
  orderBy?: NameOrder | null | undefined;
}>;


export type RegionsQuery = { regions: { totalCount: number, edges: Array<{ node: { code: string, name: string } }> } };

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: EntityFilter | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { edges: Array<{ node: { id: string } }> } };

export type ProgrammesQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
}>;


export type ProgrammesQuery = { programmes: { edges: Array<{ node: { id: string } }> } };

export type PersonsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EntityFilter | null | undefined;
}>;


export type PersonsQuery = { persons: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SourcesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SourcesQuery = { sources: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type MemberLinksQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberLinksQuery = { node:
    | { name: string, sources: Array<{ id: string }>, participations: { edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , sources: Array<{ id: string }> }> }, regionMemberships: { edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | Record<PropertyKey, never>
   | null };

export type MemberParticipationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  role?: ParticipationRole | null | undefined;
  includeSynthetic: boolean;
}>;


export type MemberParticipationsQuery = { node:
    | { participations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ role: RelationshipRole | null, synthetic: boolean, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | Record<PropertyKey, never>
   | null };

export type MemberSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberSummaryQuery = { node:
    | { id: string }
    | { name: string, note: string | null, id: string, participations: { totalCount: number } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type MembersInProgrammesEvidenceQueryVariables = Exact<{
  programmes: Array<string> | string;
  match?: ProgrammeMatch | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  includeSynthetic?: boolean | null | undefined;
}>;


export type MembersInProgrammesEvidenceQuery = { membersInProgrammes: Array<{ member: { id: string, name: string }, programmes: Array<{ code: string, programme: { id: string }, events: Array<{ id: string, startDate: string | null }> }> }> };

export type MembersInProgrammesEventsDirectQueryVariables = Exact<{
  programmes: Array<string> | string;
}>;


export type MembersInProgrammesEventsDirectQuery = { membersInProgrammes: Array<{ member: { id: string }, programmes: Array<{ code: string, events: Array<{ id: string }> }> }> };

export type MembersInProgrammesEventsNamedFragmentsQueryVariables = Exact<{
  programmes: Array<string> | string;
}>;


export type MembersInProgrammesEventsNamedFragmentsQuery = { membersInProgrammes: Array<{ member: { id: string }, programmes: Array<{ code: string, events: Array<{ id: string }> }> }> };

export type MembershipProgrammesFragment = { programmes: Array<{ code: string, events: Array<{ id: string }> }> };

export type EvidenceEventsFragment = { events: Array<{ id: string }> };

export type MembersInProgrammesEventsInlineFragmentsQueryVariables = Exact<{
  programmes: Array<string> | string;
}>;


export type MembersInProgrammesEventsInlineFragmentsQuery = { membersInProgrammes: Array<{ programmes: Array<{ code: string, events: Array<{ id: string }> }>, member: { id: string } }> };

export type MembersInProgrammesWithoutEventsQueryVariables = Exact<{
  programmes: Array<string> | string;
}>;


export type MembersInProgrammesWithoutEventsQuery = { membersInProgrammes: Array<{ member: { id: string }, programmes: Array<{ code: string }> }> };

export type MembersInProgrammesQueryVariables = Exact<{
  programmes: Array<string> | string;
  match?: ProgrammeMatch | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  includeSynthetic?: boolean | null | undefined;
}>;


export type MembersInProgrammesQuery = { membersInProgrammes: Array<{ member: { id: string, name: string, administrationName: string | null }, programmes: Array<{ code: string, programme: { id: string, name: string }, events: Array<{ id: string, title: string, startDate: string | null, sources: Array<{ id: string, title: string }> }> }> }> };

export type MembersWithTotalQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: MemberFilter | null | undefined;
}>;


export type MembersWithTotalQuery = { members: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type MembersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MemberFilter | null | undefined;
  orderBy?: MemberOrder | null | undefined;
}>;


export type MembersPageQuery = { members: { edges: Array<{ cursor: string, node: { id: string, name: string, iso3: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limitPerLevel?: number | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  includeSynthetic?: boolean | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { nodes: Array<{ entityId: string, level: number, node:
        | { __typename: 'Event' }
        | { __typename: 'Member' }
        | { __typename: 'Organization' }
        | { __typename: 'Person' }
        | { __typename: 'Programme' }
        | { __typename: 'Region' }
        | { __typename: 'Resolution' }
        | { __typename: 'Source' }
       }>, relationships: Array<{ type: RelationshipType, from: string, to: string, role: string | null }> } };

export type NestedDepthQueryVariables = Exact<{
  region: string;
  synthetic: boolean;
}>;


export type NestedDepthQuery = { members: { edges: Array<{ node: { id: string, participations: { totalCount: number, edges: Array<{ role: RelationshipRole | null, node:
              | { id: string, appearances: { edges: Array<{ node:
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string, offices: { edges: Array<{ title: string | null, node:
                              | { id: string }
                              | { id: string }
                              | { id: string }
                              | { id: string }
                              | { id: string }
                              | { id: string }
                              | { id: string }
                              | { id: string }
                             }> } }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                      | { id: string }
                     }> } }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             }> } } }> } };

export type NetworkHistoryQueryVariables = Exact<{
  region?: string | null | undefined;
  programme?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  minWeight?: number | null | undefined;
  maxEdges?: number | null | undefined;
  includeSynthetic?: boolean | null | undefined;
  includeOrganizations?: boolean | null | undefined;
  foldMembers?: boolean | null | undefined;
  sources?: Array<string | number> | string | number | null | undefined;
  publishers?: Array<string> | string | null | undefined;
  certainOnly?: boolean | null | undefined;
}>;


export type NetworkHistoryQuery = { cooperationNetwork: { truncated: boolean, totalEdges: number, edges: Array<{ source: string, target: string, weight: number, firstDate: string | null, lastDate: string | null, undatedWeight: number, sources: Array<string>, weightByYear: Array<{ year: number, weight: number }> }> } };

export type NetworkEvolutionQueryVariables = Exact<{
  region?: string | null | undefined;
  programme?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  minWeight?: number | null | undefined;
  includeSynthetic?: boolean | null | undefined;
  includeOrganizations?: boolean | null | undefined;
  foldMembers?: boolean | null | undefined;
  sources?: Array<string | number> | string | number | null | undefined;
  publishers?: Array<string> | string | null | undefined;
  certainOnly?: boolean | null | undefined;
}>;


export type NetworkEvolutionQuery = { networkEvolution: Array<{ year: number, nodes: number, edges: number, density: number, newEdges: number, lostEdges: number }> };

export type CooperationQueryVariables = Exact<{
  between: Array<string | number> | string | number;
  first?: number | null | undefined;
  programme?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  includeSynthetic?: boolean | null | undefined;
  foldMembers?: boolean | null | undefined;
  sources?: Array<string | number> | string | number | null | undefined;
  publishers?: Array<string> | string | null | undefined;
  certainOnly?: boolean | null | undefined;
}>;


export type CooperationQuery = { cooperation: { actorIds: Array<string>, weight: number, firstDate: string | null, lastDate: string | null, undatedWeight: number, sources: Array<string>, foldedMembers: boolean, actors: Array<
      | { __typename: 'Event', id: string }
      | { __typename: 'Member', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Resolution', id: string }
      | { __typename: 'Source', id: string }
    >, weightByYear: Array<{ year: number, weight: number }>, via: Array<{ uncertain: boolean, organization: { id: string }, member: { id: string } }>, sharedEvents: Array<{ event: { id: string, startDate: string | null }, participations: Array<{ actorId: string, participantId: string, role: ParticipationRole, uncertain: boolean, sources: Array<string>, participant:
          | { __typename: 'Event', id: string }
          | { __typename: 'Member', id: string }
          | { __typename: 'Organization', id: string }
          | { __typename: 'Person', id: string }
          | { __typename: 'Programme', id: string }
          | { __typename: 'Region', id: string }
          | { __typename: 'Resolution', id: string }
          | { __typename: 'Source', id: string }
         }> }> } };

export type NetworkMetricsQueryVariables = Exact<{
  region?: string | null | undefined;
  programme?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  minWeight?: number | null | undefined;
  maxEdges?: number | null | undefined;
  includeSynthetic?: boolean | null | undefined;
  includeOrganizations?: boolean | null | undefined;
  resolution?: number | null | undefined;
}>;


export type NetworkMetricsQuery = { cooperationNetwork: { truncated: boolean, totalEdges: number, totalNodes: number, edges: Array<{ source: string, target: string, weight: number }>, nodes: Array<{ entityId: string, degree: number, strength: number, betweenness: number | null, pageRank: number | null, eigenvector: number | null, clustering: number | null, community: number | null }>, metrics: { nodeCount: number, edgeCount: number, betweenness: { exact: boolean, pivots: number, seed: number | null }, pageRank: { converged: boolean, reason: string | null }, eigenvector: { converged: boolean, reason: string | null }, communities: { count: number, modularity: number, resolution: number, seed: number } } } };

export type RankingsQueryVariables = Exact<{
  metric: NetworkMetric;
  first?: number | null | undefined;
  region?: string | null | undefined;
  programme?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  minWeight?: number | null | undefined;
  includeSynthetic?: boolean | null | undefined;
  includeOrganizations?: boolean | null | undefined;
}>;


export type RankingsQuery = { rankings: { metric: NetworkMetric, totalActors: number, actors: Array<{ rank: number, entityId: string, value: number, node:
        | { __typename: 'Event', id: string }
        | { __typename: 'Member', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'Resolution', id: string }
        | { __typename: 'Source', id: string }
       }>, metrics: { nodeCount: number, edgeCount: number, betweenness: { exact: boolean, pivots: number, seed: number | null }, eigenvector: { converged: boolean, reason: string | null } } } };

export type NetworkTotalsQueryVariables = Exact<{
  region?: string | null | undefined;
  programme?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  minWeight?: number | null | undefined;
  maxEdges?: number | null | undefined;
  includeSynthetic?: boolean | null | undefined;
  includeOrganizations?: boolean | null | undefined;
}>;


export type NetworkTotalsQuery = { cooperationNetwork: { truncated: boolean, totalEdges: number, totalNodes: number, nodes: Array<{ entityId: string, degree: number, strength: number, keptDegree: number, keptStrength: number }>, edges: Array<{ source: string, target: string, weight: number }> } };

export type NodeIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Event', uncertain: boolean, title: string, startDate: string | null, endDate: string | null, city: string | null, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null }>, counts: Array<{ name: string, value: number, qualifier: string | null, scope: string | null }> }
    | { __typename: 'Member', uncertain: boolean, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null }> }
    | { __typename: 'Organization', uncertain: boolean, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null }> }
    | { __typename: 'Person', uncertain: boolean, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null }> }
    | { __typename: 'Programme', uncertain: boolean, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null }> }
    | { __typename: 'Region', uncertain: boolean, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null }> }
    | { __typename: 'Resolution', uncertain: boolean, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null }> }
    | { __typename: 'Source', uncertain: boolean, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null }> }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Event', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Source', id: string }
   | null> };

export type MemberRegionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MemberRegionsQuery = { members: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, region: { id: string, code: string } | null } }> } };

export type ProgrammeParentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeParentsQuery = { programmes: { edges: Array<{ node: { id: string, parent: { id: string, code: string } | null } }> } };

export type EventParentQueryVariables = Exact<{
  id: string | number;
}>;


export type EventParentQuery = { node:
    | { parent: { id: string, title: string } | null }
    | Record<PropertyKey, never>
   | null };

export type EventAppearancesQueryVariables = Exact<{
  id: string | number;
  role?: SpeakerRole | null | undefined;
}>;


export type EventAppearancesQuery = { node:
    | { appearances: { edges: Array<{ role: RelationshipRole | null, topics: Array<string>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, funders: { edges: Array<{ amount: string | null, sourceIds: Array<string>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, participants: { edges: Array<{ sourceIds: Array<string>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | Record<PropertyKey, never>
   | null };

export type EventsHeldHereQueryVariables = Exact<{
  id: string | number;
}>;


export type EventsHeldHereQuery = { node:
    | { eventsHeldHere: { edges: Array<{ type: RelationshipType, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, hosted: { edges: Array<{ role: RelationshipRole | null, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | Record<PropertyKey, never>
   | null };

export type AboutAndNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AboutAndNodeQuery = { about: { service: string }, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type EdgeFactsFragment = { type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type AllFactsFragment = { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type RelationshipFactsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RelationshipFactsQuery = { nodes: Array<
    | { id: string, programmes: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, marks: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, venues: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, partOf: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | { id: string, beneficiaryOf: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, participations: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, regionMemberships: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, fundings: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | { id: string, affiliations: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, participations: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, fundings: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, partnerships: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, agreements: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | { id: string, offices: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, appearances: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | { id: string, basedOn: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, partOf: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | { id: string }
    | { id: string, references: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> }, adoptedBy: { totalCount: number, edges: Array<{ type: RelationshipType, key: string | null, role: RelationshipRole | null, title: string | null, since: string | null, until: string | null, date: string | null, monthDay: string | null, amount: string | null, topics: Array<string>, occasion: string | null, detail: string | null, sourceIds: Array<string>, synthetic: boolean, uncertain: boolean, uncertainty: string | null, note: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }
    | { id: string }
   | null> };

export type SearchFactsQueryVariables = Exact<{
  text: string;
  labels?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
  includeSynthetic?: boolean | null | undefined;
}>;


export type SearchFactsQuery = { search: Array<{ score: number, matches: Array<{ field: string, snippet: string, words: Array<string> }>, node:
      | { __typename: 'Event', id: string }
      | { __typename: 'Member', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Resolution', id: string }
      | { __typename: 'Source', id: string }
     }> };

export type SearchQueryVariables = Exact<{
  text: string;
  labels?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Event', id: string }
      | { __typename: 'Member', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Resolution', id: string }
      | { __typename: 'Source', id: string }
     }> };

export type ShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  includeSynthetic?: boolean | null | undefined;
}>;


export type ShortestPathQuery = { shortestPath: { length: number, nodes: Array<
      | { __typename: 'Event', id: string }
      | { __typename: 'Member', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Resolution', id: string }
      | { __typename: 'Source', id: string }
    >, steps: Array<{ type: RelationshipType, from: string, to: string, role: string | null, sources: Array<string> }> } | null };

export type NeighbourhoodStepFactsQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighbourhoodStepFactsQuery = { neighbourhood: { relationships: Array<{ type: RelationshipType, from: string, to: string, role: string | null, sources: Array<string>, uncertain: boolean, uncertainty: string | null }> } };

export type ShortestPathStepFactsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ShortestPathStepFactsQuery = { shortestPath: { steps: Array<{ type: RelationshipType, from: string, to: string, uncertain: boolean, uncertainty: string | null }> } | null };

export type TimelineQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: Array<{ date: string | null, relation: RelationshipType, role: string | null, event: { id: string, title: string } }> };

export type UpsertGraphMutationVariables = Exact<{
  input: GraphChangeInput;
  dryRun?: boolean | null | undefined;
}>;


export type UpsertGraphMutation = { upsertGraph: { dryRun: boolean, nodes: { created: number, updated: number, unchanged: number }, relationships: { created: number, updated: number, unchanged: number }, entities: Array<
      | { __typename: 'Event', id: string }
      | { __typename: 'Member', name: string, administrationName: string | null, id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Programme', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'Resolution', id: string }
      | { __typename: 'Source', title: string, id: string }
    > } };

export const AffiliationUsedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffiliationUsedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliationUsed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainty"}}]}}]} as unknown as DocumentNode<AffiliationUsedFieldsFragment, unknown>;
export const EvidenceEventsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceEvents"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EvidenceEventsFragment, unknown>;
export const MembershipProgrammesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipProgrammes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceEvents"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceEvents"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MembershipProgrammesFragment, unknown>;
export const EdgeFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"monthDay"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prop"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainty"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EdgeFactsFragment, unknown>;
export const AllFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeFacts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"monthDay"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prop"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainty"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AllFactsFragment, unknown>;
export const AboutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"About"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AboutQuery, AboutQueryVariables>;
export const DatabaseVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatabaseVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<DatabaseVersionQuery, DatabaseVersionQueryVariables>;
export const GraphCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphCountsQuery, GraphCountsQueryVariables>;
export const TypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Typename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<TypenameQuery, TypenameQueryVariables>;
export const QueryTypeNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueryTypeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<QueryTypeNameQuery, QueryTypeNameQueryVariables>;
export const ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityMeasure"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldRoles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliationRole"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipRole"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measure"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganizations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldMembers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldRoles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldRoles"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventKinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"foldedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityQuery, ActivityQueryVariables>;
export const GraphVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphVersion"}}]}}]}}]} as unknown as DocumentNode<GraphVersionQuery, GraphVersionQueryVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const GraphChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GraphChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<GraphChangedSubscription, GraphChangedSubscriptionVariables>;
export const UpsertGraphVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertGraphVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"graphVersion"}}]}}]}}]} as unknown as DocumentNode<UpsertGraphVersionMutation, UpsertGraphVersionMutationVariables>;
export const CoParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publishers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"Argument","name":{"kind":"Name","value":"publishers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publishers"}}},{"kind":"Argument","name":{"kind":"Name","value":"certainOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedEventCount"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]} as unknown as DocumentNode<CoParticipantsQuery, CoParticipantsQueryVariables>;
export const CooperationNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperationNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxEdges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganizations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<CooperationNetworkQuery, CooperationNetworkQueryVariables>;
export const CypherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cypher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statement"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parameters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxRows"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cypher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statement"}}},{"kind":"Argument","name":{"kind":"Name","value":"parameters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parameters"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxRows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxRows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"queryType"}}]}}]}}]} as unknown as DocumentNode<CypherQuery, CypherQueryVariables>;
export const DashboardNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganizations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalNodes"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardNetworkQuery, DashboardNetworkQueryVariables>;
export const EventRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appearances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventRelationsQuery, EventRelationsQueryVariables>;
export const EventsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EventsPageQuery, EventsPageQueryVariables>;
export const FoldedCoParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FoldedCoParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventsPerPartner"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldRoles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliationRole"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventsPerPartner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventsPerPartner"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldMembers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldRoles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldRoles"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foldedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"sharedEventCount"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffiliationUsedFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffiliationUsedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliationUsed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainty"}}]}}]} as unknown as DocumentNode<FoldedCoParticipantsQuery, FoldedCoParticipantsQueryVariables>;
export const FoldedNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FoldedNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldRoles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliationRole"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxEdges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganizations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldMembers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldRoles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldRoles"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foldedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffiliationUsedFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffiliationUsedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliationUsed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainty"}}]}}]} as unknown as DocumentNode<FoldedNetworkQuery, FoldedNetworkQueryVariables>;
export const FoldedMembersInProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FoldedMembersInProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"match"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeMatch"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldRoles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliationRole"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membersInProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}}},{"kind":"Argument","name":{"kind":"Name","value":"match"},"value":{"kind":"Variable","name":{"kind":"Name","value":"match"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldMembers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldRoles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldRoles"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foldedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"throughAffiliates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AffiliationUsedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AffiliationUsedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliationUsed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainty"}}]}}]} as unknown as DocumentNode<FoldedMembersInProgrammesQuery, FoldedMembersInProgrammesQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NameOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const ProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programmes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammesQuery, ProgrammesQueryVariables>;
export const PersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Persons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PersonsQuery, PersonsQueryVariables>;
export const SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const MemberLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberLinksQuery, MemberLinksQueryVariables>;
export const MemberParticipationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberParticipations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberParticipationsQuery, MemberParticipationsQueryVariables>;
export const MemberSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberSummaryQuery, MemberSummaryQueryVariables>;
export const MembersInProgrammesEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersInProgrammesEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"match"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeMatch"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membersInProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}}},{"kind":"Argument","name":{"kind":"Name","value":"match"},"value":{"kind":"Variable","name":{"kind":"Name","value":"match"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersInProgrammesEvidenceQuery, MembersInProgrammesEvidenceQueryVariables>;
export const MembersInProgrammesEventsDirectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersInProgrammesEventsDirect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membersInProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersInProgrammesEventsDirectQuery, MembersInProgrammesEventsDirectQueryVariables>;
export const MembersInProgrammesEventsNamedFragmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersInProgrammesEventsNamedFragments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membersInProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipProgrammes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceEvents"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeEvidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipProgrammes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceEvents"}}]}}]}}]} as unknown as DocumentNode<MembersInProgrammesEventsNamedFragmentsQuery, MembersInProgrammesEventsNamedFragmentsQueryVariables>;
export const MembersInProgrammesEventsInlineFragmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersInProgrammesEventsInlineFragments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membersInProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"InlineFragment","selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersInProgrammesEventsInlineFragmentsQuery, MembersInProgrammesEventsInlineFragmentsQueryVariables>;
export const MembersInProgrammesWithoutEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersInProgrammesWithoutEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membersInProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MembersInProgrammesWithoutEventsQuery, MembersInProgrammesWithoutEventsQueryVariables>;
export const MembersInProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersInProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"match"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeMatch"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membersInProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmes"}}},{"kind":"Argument","name":{"kind":"Name","value":"match"},"value":{"kind":"Variable","name":{"kind":"Name","value":"match"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersInProgrammesQuery, MembersInProgrammesQueryVariables>;
export const MembersWithTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersWithTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersWithTotalQuery, MembersWithTotalQueryVariables>;
export const MembersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MembersPageQuery, MembersPageQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limitPerLevel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limitPerLevel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limitPerLevel"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const NestedDepthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedDepth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"synthetic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"synthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appearances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"synthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"synthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedDepthQuery, NestedDepthQueryVariables>;
export const NetworkHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publishers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxEdges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganizations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldMembers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"Argument","name":{"kind":"Name","value":"publishers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publishers"}}},{"kind":"Argument","name":{"kind":"Name","value":"certainOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"totalEdges"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDate"}},{"kind":"Field","name":{"kind":"Name","value":"weightByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undatedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkHistoryQuery, NetworkHistoryQueryVariables>;
export const NetworkEvolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkEvolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publishers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkEvolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganizations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldMembers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"Argument","name":{"kind":"Name","value":"publishers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publishers"}}},{"kind":"Argument","name":{"kind":"Name","value":"certainOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"}},{"kind":"Field","name":{"kind":"Name","value":"edges"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"newEdges"}},{"kind":"Field","name":{"kind":"Name","value":"lostEdges"}}]}}]}}]} as unknown as DocumentNode<NetworkEvolutionQuery, NetworkEvolutionQueryVariables>;
export const CooperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cooperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"between"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publishers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"between"},"value":{"kind":"Variable","name":{"kind":"Name","value":"between"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}},{"kind":"Argument","name":{"kind":"Name","value":"foldMembers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foldMembers"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"Argument","name":{"kind":"Name","value":"publishers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publishers"}}},{"kind":"Argument","name":{"kind":"Name","value":"certainOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorIds"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDate"}},{"kind":"Field","name":{"kind":"Name","value":"weightByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undatedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"foldedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperationQuery, CooperationQueryVariables>;
export const NetworkMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxEdges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganizations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"totalEdges"}},{"kind":"Field","name":{"kind":"Name","value":"totalNodes"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"pageRank"}},{"kind":"Field","name":{"kind":"Name","value":"eigenvector"}},{"kind":"Field","name":{"kind":"Name","value":"clustering"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"edgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"pivots"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"converged"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eigenvector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"converged"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"modularity"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkMetricsQuery, NetworkMetricsQueryVariables>;
export const RankingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rankings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMetric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganizations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"totalActors"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"edgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"pivots"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eigenvector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"converged"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RankingsQuery, RankingsQueryVariables>;
export const NetworkTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxEdges"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxEdges"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganizations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganizations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"totalEdges"}},{"kind":"Field","name":{"kind":"Name","value":"totalNodes"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"keptDegree"}},{"kind":"Field","name":{"kind":"Name","value":"keptStrength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkTotalsQuery, NetworkTotalsQueryVariables>;
export const NodeIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeIdQuery, NodeIdQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prop"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const MemberRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberRegionsQuery, MemberRegionsQueryVariables>;
export const ProgrammeParentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeParents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeParentsQuery, ProgrammeParentsQueryVariables>;
export const EventParentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventParent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventParentQuery, EventParentQueryVariables>;
export const EventAppearancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventAppearances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpeakerRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appearances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"FUNDER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventAppearancesQuery, EventAppearancesQueryVariables>;
export const EventsHeldHereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsHeldHere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventsHeldHere"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hosted"},"name":{"kind":"Name","value":"participations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"HOST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsHeldHereQuery, EventsHeldHereQueryVariables>;
export const AboutAndNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AboutAndNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AboutAndNodeQuery, AboutAndNodeQueryVariables>;
export const RelationshipFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationshipFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaryOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"references"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appearances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllFacts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"monthDay"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prop"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainty"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeFacts"}}]}}]}}]} as unknown as DocumentNode<RelationshipFactsQuery, RelationshipFactsQueryVariables>;
export const SearchFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"words"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SearchFactsQuery, SearchFactsQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const ShortestPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSynthetic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSynthetic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}}]}}]} as unknown as DocumentNode<ShortestPathQuery, ShortestPathQueryVariables>;
export const NeighbourhoodStepFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighbourhoodStepFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limitPerLevel"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainty"}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodStepFactsQuery, NeighbourhoodStepFactsQueryVariables>;
export const ShortestPathStepFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPathStepFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainty"}}]}}]}}]}}]} as unknown as DocumentNode<ShortestPathStepFactsQuery, ShortestPathStepFactsQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const UpsertGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpsertGraphMutation, UpsertGraphMutationVariables>;