/**
 * The fixed query mix of `npm run bench`: what dashboards and analysts send,
 * on generated (synthetic) data, so every query asks for synthetic data too.
 */
export type QueryKind = "lookup" | "relationship" | "nested";

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery extends GraphQLRequest {
  name: string;
  kind: QueryKind;
  /** The same question for the peer (@neo4j/graphql, perf.peer.typedefs.ts). */
  peer: GraphQLRequest;
}

/** Ids the mix is asked about: a busy member, another member, the programmes of the intersection. */
export interface MixSubjects {
  member: string;
  other: string;
  programmes: string[];
}

export function queryMix(s: MixSubjects): BenchQuery[] {
  return [
    {
      name: "id lookup",
      kind: "lookup",
      query: "query ($id: ID!) { node(id: $id) { id ... on Member { name iso3 administrationName } } }",
      variables: { id: s.member },
      peer: { query: "query ($id: ID!) { members(where: { id: { eq: $id } }) { id name iso3 administrationName } }", variables: { id: s.member } },
    },
    {
      name: "one-hop paged list",
      kind: "relationship",
      query:
        "query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 20, includeSynthetic: true) { totalCount edges { role node { id ... on Event { title startDate } } } } } } }",
      variables: { id: s.member },
      peer: {
        query:
          "query ($id: ID!) { members(where: { id: { eq: $id } }) { participationsConnection(first: 20, sort: [{ edge: { pageKey: ASC } }]) { totalCount edges { properties { role } node { id title startDate } } } } }",
        variables: { id: s.member },
      },
    },
    {
      name: "three-level nested",
      kind: "nested",
      query:
        "query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 10, includeSynthetic: true) { edges { node { id ... on Event { title " +
        "participants(first: 10, includeSynthetic: true) { edges { role node { id ... on Member { name region { id } } } } } } } } } } } }",
      variables: { id: s.member },
      peer: {
        query:
          "query ($id: ID!) { members(where: { id: { eq: $id } }) { participationsConnection(first: 10, sort: [{ edge: { pageKey: ASC } }]) { edges { node { id title " +
          "participantsConnection(first: 10) { edges { properties { role } node { ... on Member { id name region { id } } ... on Organization { id } } } } } } } } }",
        variables: { id: s.member },
      },
    },
    {
      name: "ALL-programmes intersection",
      kind: "relationship",
      query: "query ($codes: [String!]!) { membersInProgrammes(programmes: $codes, match: ALL, includeSynthetic: true) { member { id name } } }",
      variables: { codes: s.programmes },
      peer: { query: "query ($codes: [String!]!) { membersInProgrammes(codes: $codes, includeSynthetic: true) { id name } }", variables: { codes: s.programmes } },
    },
    {
      name: "co-participants top-N",
      kind: "relationship",
      query: "query ($id: ID!) { coParticipants(id: $id, first: 10, eventsPerPartner: 3, includeSynthetic: true) { partner { id } sharedEventCount } }",
      variables: { id: s.member },
      peer: { query: "query ($id: ID!) { coParticipants(id: $id, first: 10, eventsPerPartner: 3, includeSynthetic: true) { partnerId sharedEventCount } }", variables: { id: s.member } },
    },
    {
      name: "2-hop neighbourhood",
      kind: "relationship",
      query: "query ($id: ID!) { neighbourhood(id: $id, depth: 2, limitPerLevel: 25, includeSynthetic: true) { nodes { level node { id } } relationships { type } } }",
      variables: { id: s.member },
      peer: { query: "query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 25, includeSynthetic: true) { nodes { level id } relationships { type } } }", variables: { id: s.member } },
    },
    {
      name: "shortest path",
      kind: "relationship",
      query: "query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 4, includeSynthetic: true) { length nodes { id } } }",
      variables: { from: s.member, to: s.other },
      peer: { query: "query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 4, includeSynthetic: true) { length nodeIds } }", variables: { from: s.member, to: s.other } },
    },
  ];
}
