/**
 * The peer's type definitions: @neo4j/graphql over the same graph, written as
 * a @neo4j/graphql user would to answer the same questions. Entities and
 * relationships are the library's own (filters, connections, sorting); the
 * analyses it has no built-in for are @cypher fields that run coopgraph's own
 * cypher/analysis statements, read from their files (so the two cannot drift),
 * each wrapped in a subquery whose outer RETURN gives the field's shape.
 */
import { readCypherFile } from "../../src/db/cypher.registry.js";

/** A @cypher directive running cypher/<name> in a subquery, then `after` over its columns. */
function analysis(name: string, after: string): string {
  return `@cypher(statement: """\nCALL () {\n${readCypherFile(name)}\n}\n${after}\n""", columnName: "result")`;
}

export function peerTypeDefs(): string {
  return /* GraphQL */ `
  # pageKey: the data layout coopgraph reads its pages in order by (cypher/relations/outgoing.cypher);
  # the peer sorts on it too, as a user of @neo4j/graphql could.
  type Participation @relationshipProperties {
    role: String
    synthetic: Boolean
    pageKey: String
  }

  type Region @node {
    id: ID!
    code: String!
    name: String!
  }

  type Programme @node {
    id: ID!
    code: String!
    name: String!
  }

  type Member @node {
    id: ID!
    name: String!
    iso3: String
    administrationName: String
    synthetic: Boolean
    participations: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
    region: [Region!]! @relationship(type: "IN_REGION", direction: OUT)
  }

  type Organization @node {
    id: ID!
    name: String!
    participations: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  }

  union Participant = Member | Organization

  type Event @node {
    id: ID!
    title: String!
    startDate: String
    participants: [Participant!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
  }

  type CoParticipant {
    partnerId: ID!
    sharedEventCount: Int!
    eventIds: [ID!]!
  }

  type NeighbourNode {
    id: ID!
    level: Int!
  }

  type Step {
    type: String!
    from: ID!
    to: ID!
    role: String
  }

  type Neighbourhood {
    nodes: [NeighbourNode!]!
    relationships: [Step!]!
  }

  type Path {
    length: Int!
    nodeIds: [ID!]!
  }

  type Query {
    membersInProgrammes(codes: [String!]!, match: String! = "ALL", withEvents: Boolean! = false, includeSynthetic: Boolean! = false, fromLow: String! = "", toHigh: String! = "~", noPeriod: Boolean! = true, foldMembers: Boolean! = false, foldRoles: [String!]): [Member!]!
      ${analysis("analysis/members-in-programmes", "MATCH (result:Entity {id: memberId}) RETURN result ORDER BY result.name, result.id")}

    coParticipants(id: ID!, first: Int! = 10, eventsPerPartner: Int! = 10, includeSynthetic: Boolean! = false, programme: String, fromLow: String! = "", toHigh: String! = "~", noPeriod: Boolean! = true, foldMembers: Boolean! = false, foldRoles: [String!], sourceIds: [String!], certainOnly: Boolean! = false): [CoParticipant!]!
      ${analysis(
        "analysis/co-participants",
        "WITH partnerId, sharedEventCount, eventIds ORDER BY sharedEventCount DESC, partnerId " +
          "RETURN {partnerId: partnerId, sharedEventCount: sharedEventCount, eventIds: eventIds} AS result",
      )}

    neighbourhood(id: ID!, depth: Int! = 1, limit: Int! = 25, includeSynthetic: Boolean! = false, types: [String!]): Neighbourhood
      ${analysis("analysis/neighbourhood", "RETURN {nodes: reduce(flat = [], level IN levels | flat + level), relationships: steps} AS result")}

    shortestPath(from: ID!, to: ID!, maxHops: Int! = 4, includeSynthetic: Boolean! = false, types: [String!]): Path
      ${analysis("analysis/shortest-path", "RETURN {length: size(steps), nodeIds: nodeIds} AS result")}
  }
`;
}
