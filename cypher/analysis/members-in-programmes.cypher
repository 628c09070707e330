// Members that took part, in any role, in the activities of ALL (or ANY) of the
// given programmes, with the events that justify each answer.
// "Took part in a programme's activities": PARTICIPATED_IN an event that is
// ACTIVITY_OF, or ADDRESSED, the programme or one of its sub-programmes (PART_OF,
// up to 5 levels).
// With $foldMembers, an organization AFFILIATED_WITH a member takes part for it
// (docs/data.md#one-actor-one-place): a member may then answer only through an
// affiliate, and each programme's evidence names the affiliates and their events.
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
MATCH (a)-[r:PARTICIPATED_IN]->(e)
WHERE ($includeSynthetic OR r.synthetic IS NULL)
  AND (a:Member OR ($foldMembers AND a:Organization))
CALL (a) {
  OPTIONAL MATCH (a:Organization)-[f:AFFILIATED_WITH]->(m:Member)
  WHERE $foldMembers AND ($foldRoles IS NULL OR f.role IN $foldRoles) AND ($includeSynthetic OR f.synthetic IS NULL)
  RETURN coalesce(m, a) AS member, f AS tie
}
WITH member AS m, tie, code, p, e
WHERE m:Member
// collect skips nulls: reached holds only what an affiliate brought.
WITH m, code, p, collect(DISTINCT e.id) AS eventIds, collect(DISTINCT CASE WHEN tie IS NOT NULL THEN {tie: tie, eventId: e.id} END) AS reached
WITH m, code, p, eventIds, reached, reduce(ts = [], x IN reached | CASE WHEN x.tie IN ts THEN ts ELSE ts + [x.tie] END) AS ties
// The events' ids only when the client asked for them: for every member they can run to thousands.
WITH m, collect({
       code: code, programmeId: p.id, eventIds: CASE WHEN $withEvents THEN eventIds ELSE [] END,
       throughAffiliates: [t IN ties | {
         affiliation: {organizationId: startNode(t).id, memberId: endNode(t).id, role: t.role, uncertain: coalesce(t.uncertain, false), uncertainty: t.uncertainty},
         eventIds: CASE WHEN $withEvents THEN [x IN reached WHERE x.tie = t | x.eventId] ELSE [] END
       }]
     }) AS evidence,
     reduce(os = [], ts IN collect(ties) | os + [t IN ts WHERE NOT startNode(t) IN os | startNode(t)]) AS affiliates
WHERE $match = 'ANY' OR size(evidence) = size($codes)
// The member itself (and, folded, its affiliates named) come along, so the API answers without a second statement.
RETURN m.id AS memberId, evidence, [n IN [m] + affiliates | {id: n.id, labels: labels(n), props: properties(n)}] AS entities
ORDER BY m.name, m.id
