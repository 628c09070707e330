/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type ExplorerDetailsQueryVariables = Exact<{
  id: string | number;
  withTimeline: boolean;
  from?: string | null | undefined;
  to?: string | null | undefined;
  includeSynthetic: boolean;
}>;


export type ExplorerDetailsQuery = { node:
    | { __typename: 'Event', note: string | null, uncertainty: string | null, kind: string, endDate: string | null, city: string | null, country: string | null, venue: string | null, format: string | null, theme: string | null, topics: Array<string>, outcomes: Array<string>, synthetic: boolean, uncertain: boolean, title: string, startDate: string | null, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }>, counts: Array<{ name: string, value: number, qualifier: string | null, scope: string | null, valueStated: boolean }> }
    | { __typename: 'Member', note: string | null, uncertainty: string | null, administrationName: string | null, iso2: string | null, joined: string | null, kind: string, synthetic: boolean, uncertain: boolean, name: string, iso3: string | null, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }>, region: { code: string } | null }
    | { __typename: 'Organization', note: string | null, uncertainty: string | null, kind: string, country: string | null, synthetic: boolean, uncertain: boolean, name: string, acronym: string | null, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }> }
    | { __typename: 'Person', note: string | null, uncertainty: string | null, honorific: string | null, nationality: string | null, synthetic: boolean, uncertain: boolean, name: string, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }> }
    | { __typename: 'Programme', note: string | null, uncertainty: string | null, description: string | null, startDate: string | null, endDate: string | null, aliases: Array<string>, synthetic: boolean, uncertain: boolean, name: string, code: string, id: string, programmeKind: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }> }
    | { __typename: 'Region', note: string | null, uncertainty: string | null, shortName: string | null, synthetic: boolean, uncertain: boolean, name: string, code: string, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }> }
    | { __typename: 'Resolution', note: string | null, uncertainty: string | null, place: string | null, summary: string | null, synthetic: boolean, uncertain: boolean, name: string, adopted: string | null, id: string, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }> }
    | { __typename: 'Source', note: string | null, uncertainty: string | null, publisher: string, published: string | null, url: string | null, synthetic: boolean, uncertain: boolean, title: string, id: string, sourceKind: string | null, alternatives: Array<{ prop: string, value: string, qualifier: string | null, scope: string | null, sources: Array<string> }>, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }> }
   | null, timeline?: Array<{ date: string | null, relation: RelationshipType, role: string | null, event: { id: string, title: string, uncertain: boolean, uncertainty: string | null, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }> } }> };

export type ExplorerSourcesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerSourcesQuery = { nodes: Array<
    | { id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }
    | Record<PropertyKey, never>
   | null> };

export type ExplorerSharedEventsQueryVariables = Exact<{
  id: string | number;
  programme?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  includeSynthetic: boolean;
}>;


export type ExplorerSharedEventsQuery = { coParticipants: Array<{ sharedEventCount: number, partner:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , sharedEvents: Array<{ id: string, title: string, startDate: string | null, endDate: string | null, uncertain: boolean, uncertainty: string | null, synthetic: boolean, sources: Array<{ id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean }> }> }> };

export type ExplorerChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerChoicesQuery = { programmes: { edges: Array<{ node: { code: string, name: string } }> } };

type ExplorerNode_Event_Fragment = { __typename: 'Event', synthetic: boolean, uncertain: boolean, title: string, startDate: string | null, id: string };

type ExplorerNode_Member_Fragment = { __typename: 'Member', synthetic: boolean, uncertain: boolean, name: string, iso3: string | null, id: string, region: { code: string } | null };

type ExplorerNode_Organization_Fragment = { __typename: 'Organization', synthetic: boolean, uncertain: boolean, name: string, acronym: string | null, id: string };

type ExplorerNode_Person_Fragment = { __typename: 'Person', synthetic: boolean, uncertain: boolean, name: string, id: string };

type ExplorerNode_Programme_Fragment = { __typename: 'Programme', synthetic: boolean, uncertain: boolean, name: string, code: string, id: string };

type ExplorerNode_Region_Fragment = { __typename: 'Region', synthetic: boolean, uncertain: boolean, name: string, code: string, id: string };

type ExplorerNode_Resolution_Fragment = { __typename: 'Resolution', synthetic: boolean, uncertain: boolean, name: string, adopted: string | null, id: string };

type ExplorerNode_Source_Fragment = { __typename: 'Source', synthetic: boolean, uncertain: boolean, title: string, id: string };

export type ExplorerNodeFragment =
  | ExplorerNode_Event_Fragment
  | ExplorerNode_Member_Fragment
  | ExplorerNode_Organization_Fragment
  | ExplorerNode_Person_Fragment
  | ExplorerNode_Programme_Fragment
  | ExplorerNode_Region_Fragment
  | ExplorerNode_Resolution_Fragment
  | ExplorerNode_Source_Fragment
;

export type ExplorerSourceFragment = { id: string, title: string, publisher: string, published: string | null, url: string | null, synthetic: boolean };

export type ExplorerStepFragment = { type: RelationshipType, from: string, to: string, role: string | null, title: string | null, sources: Array<string>, uncertain: boolean, uncertainty: string | null };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  limit: number;
  includeSynthetic: boolean;
}>;


export type ExplorerNeighbourhoodQuery = { shown: { nodes: Array<{ entityId: string, level: number, node:
        | { __typename: 'Event', synthetic: boolean, uncertain: boolean, title: string, startDate: string | null, id: string }
        | { __typename: 'Member', synthetic: boolean, uncertain: boolean, name: string, iso3: string | null, id: string, region: { code: string } | null }
        | { __typename: 'Organization', synthetic: boolean, uncertain: boolean, name: string, acronym: string | null, id: string }
        | { __typename: 'Person', synthetic: boolean, uncertain: boolean, name: string, id: string }
        | { __typename: 'Programme', synthetic: boolean, uncertain: boolean, name: string, code: string, id: string }
        | { __typename: 'Region', synthetic: boolean, uncertain: boolean, name: string, code: string, id: string }
        | { __typename: 'Resolution', synthetic: boolean, uncertain: boolean, name: string, adopted: string | null, id: string }
        | { __typename: 'Source', synthetic: boolean, uncertain: boolean, title: string, id: string }
       }>, relationships: Array<{ type: RelationshipType, from: string, to: string, role: string | null, title: string | null, sources: Array<string>, uncertain: boolean, uncertainty: string | null }> }, all: { nodes: Array<{ entityId: string }> } };

export type ExplorerNetworkQueryVariables = Exact<{
  region?: string | null | undefined;
  programme?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  minWeight: number;
  maxEdges: number;
  includeSynthetic: boolean;
  includeOrganizations: boolean;
}>;


export type ExplorerNetworkQuery = { cooperationNetwork: { totalNodes: number, totalEdges: number, truncated: boolean, nodes: Array<{ entityId: string, degree: number, strength: number, betweenness: number | null, pageRank: number | null, eigenvector: number | null, community: number | null, node:
        | { __typename: 'Event', synthetic: boolean, uncertain: boolean, title: string, startDate: string | null, id: string }
        | { __typename: 'Member', synthetic: boolean, uncertain: boolean, name: string, iso3: string | null, id: string, region: { code: string } | null }
        | { __typename: 'Organization', synthetic: boolean, uncertain: boolean, name: string, acronym: string | null, id: string }
        | { __typename: 'Person', synthetic: boolean, uncertain: boolean, name: string, id: string }
        | { __typename: 'Programme', synthetic: boolean, uncertain: boolean, name: string, code: string, id: string }
        | { __typename: 'Region', synthetic: boolean, uncertain: boolean, name: string, code: string, id: string }
        | { __typename: 'Resolution', synthetic: boolean, uncertain: boolean, name: string, adopted: string | null, id: string }
        | { __typename: 'Source', synthetic: boolean, uncertain: boolean, title: string, id: string }
       }>, edges: Array<{ source: string, target: string, weight: number, firstDate: string | null, lastDate: string | null, weightByYear: Array<{ year: number, weight: number }> }> } };

export type ExplorerPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops: number;
  includeSynthetic: boolean;
}>;


export type ExplorerPathQuery = { shortestPath: { length: number, nodes: Array<
      | { __typename: 'Event', synthetic: boolean, uncertain: boolean, title: string, startDate: string | null, id: string }
      | { __typename: 'Member', synthetic: boolean, uncertain: boolean, name: string, iso3: string | null, id: string, region: { code: string } | null }
      | { __typename: 'Organization', synthetic: boolean, uncertain: boolean, name: string, acronym: string | null, id: string }
      | { __typename: 'Person', synthetic: boolean, uncertain: boolean, name: string, id: string }
      | { __typename: 'Programme', synthetic: boolean, uncertain: boolean, name: string, code: string, id: string }
      | { __typename: 'Region', synthetic: boolean, uncertain: boolean, name: string, code: string, id: string }
      | { __typename: 'Resolution', synthetic: boolean, uncertain: boolean, name: string, adopted: string | null, id: string }
      | { __typename: 'Source', synthetic: boolean, uncertain: boolean, title: string, id: string }
    >, steps: Array<{ type: RelationshipType, from: string, to: string, role: string | null, title: string | null, sources: Array<string>, uncertain: boolean, uncertainty: string | null }> } | null };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  first: number;
  includeSynthetic: boolean;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Event', synthetic: boolean, uncertain: boolean, title: string, startDate: string | null, id: string }
      | { __typename: 'Member', synthetic: boolean, uncertain: boolean, name: string, iso3: string | null, id: string, region: { code: string } | null }
      | { __typename: 'Organization', synthetic: boolean, uncertain: boolean, name: string, acronym: string | null, id: string }
      | { __typename: 'Person', synthetic: boolean, uncertain: boolean, name: string, id: string }
      | { __typename: 'Programme', synthetic: boolean, uncertain: boolean, name: string, code: string, id: string }
      | { __typename: 'Region', synthetic: boolean, uncertain: boolean, name: string, code: string, id: string }
      | { __typename: 'Resolution', synthetic: boolean, uncertain: boolean, name: string, adopted: string | null, id: string }
      | { __typename: 'Source', synthetic: boolean, uncertain: boolean, title: string, id: string }
    , matches: Array<{ field: string, snippet: string }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerNodeFragmentDoc = new TypedDocumentString(`
    fragment ExplorerNode on Node {
  __typename
  id
  ... on Entity {
    synthetic
    uncertain
  }
  ... on Member {
    name
    iso3
    region {
      code
    }
  }
  ... on Organization {
    name
    acronym
  }
  ... on Event {
    title
    startDate
  }
  ... on Programme {
    name
    code
  }
  ... on Resolution {
    name
    adopted
  }
  ... on Person {
    name
  }
  ... on Region {
    name
    code
  }
  ... on Source {
    title
  }
}
    `, {"fragmentName":"ExplorerNode"}) as unknown as TypedDocumentString<ExplorerNodeFragment, unknown>;
export const ExplorerSourceFragmentDoc = new TypedDocumentString(`
    fragment ExplorerSource on Source {
  id
  title
  publisher
  published
  url
  synthetic
}
    `, {"fragmentName":"ExplorerSource"}) as unknown as TypedDocumentString<ExplorerSourceFragment, unknown>;
export const ExplorerStepFragmentDoc = new TypedDocumentString(`
    fragment ExplorerStep on PathStep {
  type
  from
  to
  role
  title
  sources
  uncertain
  uncertainty
}
    `, {"fragmentName":"ExplorerStep"}) as unknown as TypedDocumentString<ExplorerStepFragment, unknown>;
export const ExplorerDetailsDocument = new TypedDocumentString(`
    query ExplorerDetails($id: ID!, $withTimeline: Boolean!, $from: PartialDate, $to: PartialDate, $includeSynthetic: Boolean!) {
  node(id: $id) {
    ...ExplorerNode
    ... on Entity {
      note
      uncertainty
      alternatives {
        prop
        value
        qualifier
        scope
        sources
      }
      sources {
        ...ExplorerSource
      }
    }
    ... on Member {
      administrationName
      iso2
      joined
      kind
    }
    ... on Organization {
      kind
      country
    }
    ... on Event {
      kind
      endDate
      city
      country
      venue
      format
      theme
      topics
      outcomes
      counts {
        name
        value
        qualifier
        scope
        valueStated
      }
    }
    ... on Programme {
      programmeKind: kind
      description
      startDate
      endDate
      aliases
    }
    ... on Resolution {
      place
      summary
    }
    ... on Person {
      honorific
      nationality
    }
    ... on Region {
      shortName
    }
    ... on Source {
      publisher
      published
      url
      sourceKind: kind
    }
  }
  timeline(
    id: $id
    first: 100
    from: $from
    to: $to
    includeSynthetic: $includeSynthetic
  ) @include(if: $withTimeline) {
    date
    relation
    role
    event {
      id
      title
      uncertain
      uncertainty
      sources {
        ...ExplorerSource
      }
    }
  }
}
    fragment ExplorerNode on Node {
  __typename
  id
  ... on Entity {
    synthetic
    uncertain
  }
  ... on Member {
    name
    iso3
    region {
      code
    }
  }
  ... on Organization {
    name
    acronym
  }
  ... on Event {
    title
    startDate
  }
  ... on Programme {
    name
    code
  }
  ... on Resolution {
    name
    adopted
  }
  ... on Person {
    name
  }
  ... on Region {
    name
    code
  }
  ... on Source {
    title
  }
}
fragment ExplorerSource on Source {
  id
  title
  publisher
  published
  url
  synthetic
}`) as unknown as TypedDocumentString<ExplorerDetailsQuery, ExplorerDetailsQueryVariables>;
export const ExplorerSourcesDocument = new TypedDocumentString(`
    query ExplorerSources($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Source {
      ...ExplorerSource
    }
  }
}
    fragment ExplorerSource on Source {
  id
  title
  publisher
  published
  url
  synthetic
}`) as unknown as TypedDocumentString<ExplorerSourcesQuery, ExplorerSourcesQueryVariables>;
export const ExplorerSharedEventsDocument = new TypedDocumentString(`
    query ExplorerSharedEvents($id: ID!, $programme: String, $from: PartialDate, $to: PartialDate, $includeSynthetic: Boolean!) {
  coParticipants(
    id: $id
    first: 100
    eventsPerPartner: 50
    programme: $programme
    from: $from
    to: $to
    includeSynthetic: $includeSynthetic
  ) {
    partner {
      id
    }
    sharedEventCount
    sharedEvents {
      id
      title
      startDate
      endDate
      uncertain
      uncertainty
      synthetic
      sources {
        ...ExplorerSource
      }
    }
  }
}
    fragment ExplorerSource on Source {
  id
  title
  publisher
  published
  url
  synthetic
}`) as unknown as TypedDocumentString<ExplorerSharedEventsQuery, ExplorerSharedEventsQueryVariables>;
export const ExplorerChoicesDocument = new TypedDocumentString(`
    query ExplorerChoices {
  programmes(first: 100) {
    edges {
      node {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerChoicesQuery, ExplorerChoicesQueryVariables>;
export const ExplorerNeighbourhoodDocument = new TypedDocumentString(`
    query ExplorerNeighbourhood($id: ID!, $limit: Int!, $includeSynthetic: Boolean!) {
  shown: neighbourhood(
    id: $id
    depth: 1
    limitPerLevel: $limit
    includeSynthetic: $includeSynthetic
  ) {
    nodes {
      entityId
      level
      node {
        ...ExplorerNode
      }
    }
    relationships {
      ...ExplorerStep
    }
  }
  all: neighbourhood(
    id: $id
    depth: 1
    limitPerLevel: 100
    includeSynthetic: $includeSynthetic
  ) {
    nodes {
      entityId
    }
  }
}
    fragment ExplorerNode on Node {
  __typename
  id
  ... on Entity {
    synthetic
    uncertain
  }
  ... on Member {
    name
    iso3
    region {
      code
    }
  }
  ... on Organization {
    name
    acronym
  }
  ... on Event {
    title
    startDate
  }
  ... on Programme {
    name
    code
  }
  ... on Resolution {
    name
    adopted
  }
  ... on Person {
    name
  }
  ... on Region {
    name
    code
  }
  ... on Source {
    title
  }
}
fragment ExplorerStep on PathStep {
  type
  from
  to
  role
  title
  sources
  uncertain
  uncertainty
}`) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerNetworkDocument = new TypedDocumentString(`
    query ExplorerNetwork($region: String, $programme: String, $from: PartialDate, $to: PartialDate, $minWeight: Int!, $maxEdges: Int!, $includeSynthetic: Boolean!, $includeOrganizations: Boolean!) {
  cooperationNetwork(
    region: $region
    programme: $programme
    from: $from
    to: $to
    minWeight: $minWeight
    maxEdges: $maxEdges
    includeSynthetic: $includeSynthetic
    includeOrganizations: $includeOrganizations
  ) {
    totalNodes
    totalEdges
    truncated
    nodes {
      entityId
      degree
      strength
      betweenness
      pageRank
      eigenvector
      community
      node {
        ...ExplorerNode
      }
    }
    edges {
      source
      target
      weight
      firstDate
      lastDate
      weightByYear {
        year
        weight
      }
    }
  }
}
    fragment ExplorerNode on Node {
  __typename
  id
  ... on Entity {
    synthetic
    uncertain
  }
  ... on Member {
    name
    iso3
    region {
      code
    }
  }
  ... on Organization {
    name
    acronym
  }
  ... on Event {
    title
    startDate
  }
  ... on Programme {
    name
    code
  }
  ... on Resolution {
    name
    adopted
  }
  ... on Person {
    name
  }
  ... on Region {
    name
    code
  }
  ... on Source {
    title
  }
}`) as unknown as TypedDocumentString<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const ExplorerPathDocument = new TypedDocumentString(`
    query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int!, $includeSynthetic: Boolean!) {
  shortestPath(
    from: $from
    to: $to
    maxHops: $maxHops
    includeSynthetic: $includeSynthetic
  ) {
    length
    nodes {
      ...ExplorerNode
    }
    steps {
      ...ExplorerStep
    }
  }
}
    fragment ExplorerNode on Node {
  __typename
  id
  ... on Entity {
    synthetic
    uncertain
  }
  ... on Member {
    name
    iso3
    region {
      code
    }
  }
  ... on Organization {
    name
    acronym
  }
  ... on Event {
    title
    startDate
  }
  ... on Programme {
    name
    code
  }
  ... on Resolution {
    name
    adopted
  }
  ... on Person {
    name
  }
  ... on Region {
    name
    code
  }
  ... on Source {
    title
  }
}
fragment ExplorerStep on PathStep {
  type
  from
  to
  role
  title
  sources
  uncertain
  uncertainty
}`) as unknown as TypedDocumentString<ExplorerPathQuery, ExplorerPathQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!, $first: Int!, $includeSynthetic: Boolean!) {
  search(text: $text, first: $first, includeSynthetic: $includeSynthetic) {
    score
    node {
      ...ExplorerNode
    }
    matches {
      field
      snippet
    }
  }
}
    fragment ExplorerNode on Node {
  __typename
  id
  ... on Entity {
    synthetic
    uncertain
  }
  ... on Member {
    name
    iso3
    region {
      code
    }
  }
  ... on Organization {
    name
    acronym
  }
  ... on Event {
    title
    startDate
  }
  ... on Programme {
    name
    code
  }
  ... on Resolution {
    name
    adopted
  }
  ... on Person {
    name
  }
  ... on Region {
    name
    code
  }
  ... on Source {
    title
  }
}`) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;