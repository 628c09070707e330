// Members that took part, in any role, in the activities of ALL (or ANY) of the
// given programmes, with the events that justify each answer.
// "Took part in a programme's activities": PARTICIPATED_IN an event that is
// ACTIVITY_OF, or ADDRESSED, the programme or one of its sub-programmes (PART_OF,
// up to 5 levels).
UNWIND $codes AS code
MATCH (p:Programme {code: code})
CALL (p) {
  MATCH (sub:Programme)-[:PART_OF*0..5]->(p)
  RETURN collect(DISTINCT sub) AS scope
}
UNWIND scope AS programme
MATCH (e:Event)-[:ACTIVITY_OF|ADDRESSED]->(programme)
WHERE ($includeSynthetic OR e.synthetic IS NULL)
  // The period (src/graphql/period.ts): dates are the intervals they name; an event counts when it overlaps.
  AND (e.startDate <= $toHigh AND coalesce(e.endDate, e.startDate) + '~' >= $fromLow OR $noPeriod AND e.startDate IS NULL)
MATCH (m:Member)-[r:PARTICIPATED_IN]->(e)
WHERE $includeSynthetic OR r.synthetic IS NULL
WITH m, code, p, collect(DISTINCT e.id) AS eventIds
// The events' ids only when the client asked for them: for every member they can run to thousands.
WITH m, collect({code: code, programmeId: p.id, eventIds: CASE WHEN $withEvents THEN eventIds ELSE [] END}) AS evidence
WHERE $match = 'ANY' OR size(evidence) = size($codes)
// The member itself comes along, so the API answers without a second statement.
RETURN m.id AS memberId, evidence, [{id: m.id, labels: labels(m), props: properties(m)}] AS entities
ORDER BY m.name, m.id
