// Who took part in the same events as the given member or organization, ranked
// by how many events they shared (ties by id), each with those events, latest
// first. Optional filters: a programme (with its sub-programmes), a period,
// synthetic data in or out, provenance (only participations chosen sources
// state, certain ones only).
// With $foldMembers, an organization AFFILIATED_WITH a member counts as that
// member (docs/data.md#one-actor-one-place), on both sides: the actor asked
// about stands for its member and its member's affiliates, a partner for its
// member, and a pair inside one member is no pair. Each row brings the ties
// whose organization took part in one of its shared events.
MATCH (a:Entity {id: $id})
CALL (a) {
  OPTIONAL MATCH (a:Organization)-[f:AFFILIATED_WITH]->(m:Member)
  WHERE $foldMembers AND ($foldRoles IS NULL OR f.role IN $foldRoles) AND ($includeSynthetic OR f.synthetic IS NULL)
    AND NOT ($certainOnly AND coalesce(f.uncertain, false))
  RETURN coalesce(m, a) AS start
}
// Who takes part for the actor asked about: itself and, folded, its affiliates.
CALL (start) {
  RETURN start AS x, null AS startTie
  UNION
  MATCH (x:Organization)-[f:AFFILIATED_WITH]->(start:Member)
  WHERE $foldMembers AND ($foldRoles IS NULL OR f.role IN $foldRoles) AND ($includeSynthetic OR f.synthetic IS NULL)
    AND NOT ($certainOnly AND coalesce(f.uncertain, false))
  RETURN x, f AS startTie
}
MATCH (x)-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(b)
WHERE ($includeSynthetic OR (e.synthetic IS NULL AND r1.synthetic IS NULL AND r2.synthetic IS NULL))
  // The period (src/graphql/period.ts): dates are the intervals they name; an event counts when it overlaps.
  AND (e.startDate <= $toHigh AND coalesce(e.endDate, e.startDate) + '~' >= $fromLow OR $noPeriod AND e.startDate IS NULL)
  AND ($programme IS NULL OR EXISTS {
        (e)-[:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*0..5]->(:Programme {code: $programme})
      })
  // Provenance (src/analysis/analysis.provenance.ts): both participations stated by a chosen source; certain ones only if asked.
  AND ($sourceIds IS NULL OR any(s IN r1.sources WHERE s IN $sourceIds)) AND NOT ($certainOnly AND coalesce(r1.uncertain, false))
  AND ($sourceIds IS NULL OR any(s IN r2.sources WHERE s IN $sourceIds)) AND NOT ($certainOnly AND coalesce(r2.uncertain, false))
CALL (b) {
  OPTIONAL MATCH (b:Organization)-[f:AFFILIATED_WITH]->(m:Member)
  WHERE $foldMembers AND ($foldRoles IS NULL OR f.role IN $foldRoles) AND ($includeSynthetic OR f.synthetic IS NULL)
    AND NOT ($certainOnly AND coalesce(f.uncertain, false))
  RETURN coalesce(m, b) AS partner, f AS partnerTie
}
WITH start, partner, e, startTie, partnerTie
WHERE partner <> start
ORDER BY e.startDate DESC, e.id
// collect skips nulls: an unfolded row has no ties.
WITH start, partner, collect(DISTINCT e.id) AS eventIds, collect(DISTINCT startTie) + collect(DISTINCT partnerTie) AS ties
WITH start, partner, size(eventIds) AS sharedEventCount, eventIds, ties
ORDER BY sharedEventCount DESC, partner.id
LIMIT $first
// The partner (and, folded, the actor asked about and the affiliates named) come along, read
// only for the rows kept, so the API answers without a second statement.
RETURN partner.id AS partnerId, sharedEventCount, eventIds[..$eventsPerPartner] AS eventIds,
       [t IN ties | {organizationId: startNode(t).id, memberId: endNode(t).id, role: t.role, uncertain: coalesce(t.uncertain, false), uncertainty: t.uncertainty}] AS via,
       [n IN [partner] + CASE WHEN size(ties) > 0 THEN [start] ELSE [] END + [t IN ties | startNode(t)] | {id: n.id, labels: labels(n), props: properties(n)}] AS entities
