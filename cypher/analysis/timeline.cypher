// An entity's events in date order: where it took part, spoke or funded; for a
// programme, its activities (also through sub-programmes) and events that
// addressed or marked it; for a resolution, the events that marked it; for an
// organization, also the events it hosted as a venue.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r:PARTICIPATED_IN|SPOKE_AT|FUNDED]->(e:Event)
  RETURN e, type(r) AS relation, r.role AS role, r.synthetic AS synthetic
  UNION
  MATCH (e:Event)-[r:ACTIVITY_OF|ADDRESSED|MARKED|HELD_AT]->(n)
  RETURN e, type(r) AS relation, null AS role, r.synthetic AS synthetic
  UNION
  MATCH (e:Event)-[r:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*1..5]->(n)
  RETURN e, type(r) AS relation, 'VIA_SUB_PROGRAMME' AS role, r.synthetic AS synthetic
}
WITH e, relation, role, synthetic
WHERE ($includeSynthetic OR (synthetic IS NULL AND e.synthetic IS NULL))
  // The period (src/graphql/period.ts): dates are the intervals they name; an event counts when it overlaps.
  AND (e.startDate <= $toHigh AND coalesce(e.endDate, e.startDate) + '~' >= $fromLow OR $noPeriod AND e.startDate IS NULL)
RETURN e.id AS eventId, e.startDate AS date, relation, role
ORDER BY date, eventId, relation, role
LIMIT $first
