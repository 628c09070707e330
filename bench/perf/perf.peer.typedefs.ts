/**
 * The peer's type definitions: @neo4j/graphql over the same graph, written as
 * a @neo4j/graphql user would to answer the same questions. Entities and
 * relationships are the library's own (filters, connections, sorting);
 * the analyses it has no built-in for are @cypher fields holding the same
 * statements as coopgraph's cypher/analysis files, returning maps.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Participation @relationshipProperties {
    role: String
    synthetic: Boolean
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
    membersInProgrammes(codes: [String!]!, match: String! = "ALL", includeSynthetic: Boolean! = false, from: String, to: String): [Member!]!
      @cypher(
        statement: """
        UNWIND $codes AS code
        MATCH (p:Programme {code: code})
        CALL (p) {
          MATCH (sub:Programme)-[:PART_OF*0..5]->(p)
          RETURN collect(DISTINCT sub) AS scope
        }
        UNWIND scope AS programme
        MATCH (e:Event)-[:ACTIVITY_OF|ADDRESSED]->(programme)
        WHERE ($includeSynthetic OR e.synthetic IS NULL)
          AND ($from IS NULL OR coalesce(e.endDate, e.startDate) >= $from)
          AND ($to IS NULL OR e.startDate <= $to OR e.startDate STARTS WITH $to)
        MATCH (m:Member)-[r:PARTICIPATED_IN]->(e)
        WHERE $includeSynthetic OR r.synthetic IS NULL
        WITH m, code, p, collect(DISTINCT e.id) AS eventIds
        WITH m, collect({code: code, programmeId: p.id, eventIds: eventIds}) AS evidence
        WHERE $match = 'ANY' OR size(evidence) = size($codes)
        RETURN m ORDER BY m.name, m.id
        """
        columnName: "m"
      )

    coParticipants(id: ID!, first: Int! = 10, eventsPerPartner: Int! = 10, includeSynthetic: Boolean! = false, programme: String, from: String, to: String): [CoParticipant!]!
      @cypher(
        statement: """
        MATCH (a:Entity {id: $id})
        MATCH (a)-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(b)
        WHERE b <> a
          AND ($includeSynthetic OR (e.synthetic IS NULL AND r1.synthetic IS NULL AND r2.synthetic IS NULL))
          AND ($from IS NULL OR coalesce(e.endDate, e.startDate) >= $from)
          AND ($to IS NULL OR e.startDate <= $to OR e.startDate STARTS WITH $to)
          AND ($programme IS NULL OR EXISTS {
                (e)-[:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*0..5]->(:Programme {code: $programme})
              })
        WITH b, e ORDER BY e.startDate DESC, e.id
        WITH b, collect(DISTINCT e.id) AS eventIds
        WITH b.id AS partnerId, size(eventIds) AS sharedEventCount, eventIds[..$eventsPerPartner] AS eventIds
        ORDER BY sharedEventCount DESC, partnerId
        LIMIT $first
        RETURN {partnerId: partnerId, sharedEventCount: sharedEventCount, eventIds: eventIds} AS result
        """
        columnName: "result"
      )

    neighbourhood(id: ID!, depth: Int! = 1, limitPerLevel: Int! = 25, includeSynthetic: Boolean! = false, types: [String!]): Neighbourhood
      @cypher(
        statement: """
        MATCH (start:Entity {id: $id})
        CALL (start) {
          MATCH (start)-[r]-(n)
          WHERE ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL)
          WITH DISTINCT n ORDER BY n.id LIMIT $limitPerLevel
          RETURN collect(n) AS level1
        }
        CALL (start, level1) {
          WITH start, level1 WHERE $depth >= 2
          UNWIND level1 AS m
          MATCH (m)-[r]-(n)
          WHERE n <> start AND NOT n IN level1
            AND ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL)
          WITH DISTINCT n ORDER BY n.id LIMIT $limitPerLevel
          RETURN collect(n) AS level2
        }
        CALL (start, level1, level2) {
          WITH start, level1, level2 WHERE $depth >= 3
          UNWIND level2 AS m
          MATCH (m)-[r]-(n)
          WHERE n <> start AND NOT n IN level1 AND NOT n IN level2
            AND ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL)
          WITH DISTINCT n ORDER BY n.id LIMIT $limitPerLevel
          RETURN collect(n) AS level3
        }
        WITH [start] + level1 + level2 + level3 AS members, [[start], level1, level2, level3] AS levels
        CALL (members) {
          UNWIND members AS x
          MATCH (x)-[r]->(y)
          WHERE y IN members AND ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL)
          RETURN collect({type: type(r), from: x.id, to: y.id, role: r.role}) AS steps
        }
        RETURN {
          nodes: reduce(acc = [], l IN range(0, size(levels) - 1) | acc + [n IN levels[l] | {id: n.id, level: l}]),
          relationships: steps
        } AS result
        """
        columnName: "result"
      )

    shortestPath(from: ID!, to: ID!, maxHops: Int! = 4, includeSynthetic: Boolean! = false, types: [String!]): Path
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from})
        MATCH (b:Entity {id: $to})
        MATCH p = SHORTEST 1 (a)(()-[r]-() WHERE ($types IS NULL OR type(r) IN $types)
                                             AND ($includeSynthetic OR r.synthetic IS NULL)){1,6}(b)
        WHERE length(p) <= $maxHops
        RETURN {length: length(p), nodeIds: [n IN nodes(p) | n.id]} AS result
        """
        columnName: "result"
      )
  }
`;
