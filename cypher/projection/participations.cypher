// The participations of the cooperation projection (src/projection) by event:
// [actor id, synthetic, uncertain, sources] for each member and organization
// that took part. One row per event keeps the rows few at large scale; apart
// from events.cypher it reads in half the time of both in one statement.
MATCH (e:Event)
RETURN e.id AS id,
       COLLECT {
         MATCH (a)-[r:PARTICIPATED_IN]->(e)
         WHERE a:Member OR a:Organization
         RETURN [a.id, r.synthetic IS NOT NULL, coalesce(r.uncertain, false), coalesce(r.sources, [])]
       } AS participations
