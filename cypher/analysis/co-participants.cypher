// Who took part in the same events as the given member or organization, ranked
// by how many events they shared (ties by id), each with those events, latest
// first. Optional filters: a programme (with its sub-programmes), a period,
// synthetic data in or out.
MATCH (a:Entity {id: $id})
MATCH (a)-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(b)
WHERE b <> a
  AND ($includeSynthetic OR (e.synthetic IS NULL AND r1.synthetic IS NULL AND r2.synthetic IS NULL))
  // The period (src/graphql/period.ts): dates are the intervals they name; an event counts when it overlaps.
  AND (e.startDate <= $toHigh AND coalesce(e.endDate, e.startDate) + '~' >= $fromLow OR $noPeriod AND e.startDate IS NULL)
  AND ($programme IS NULL OR EXISTS {
        (e)-[:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*0..5]->(:Programme {code: $programme})
      })
WITH b, e ORDER BY e.startDate DESC, e.id
WITH b, collect(DISTINCT e.id) AS eventIds
WITH b, size(eventIds) AS sharedEventCount, eventIds
ORDER BY sharedEventCount DESC, b.id
LIMIT $first
// The partner itself comes along (read only for the rows kept), so the API answers without a second statement.
RETURN b.id AS partnerId, sharedEventCount, eventIds[..$eventsPerPartner] AS eventIds,
       [{id: b.id, labels: labels(b), props: properties(b)}] AS entities
