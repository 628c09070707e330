// The cooperation network for a filter: pairs of members (and, if asked,
// organizations) that took part in the same events, weighted by the number of
// events they shared; heaviest edges first, at most $maxEdges. With a region,
// both ends must be members of it. Each pair appears once (source id < target id).
MATCH (e:Event)
WHERE ($includeSynthetic OR e.synthetic IS NULL)
  AND ($from IS NULL OR coalesce(e.endDate, e.startDate) >= $from)
  AND ($to IS NULL OR e.startDate <= $to OR e.startDate STARTS WITH $to)
  AND ($programme IS NULL OR EXISTS {
        (e)-[:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*0..5]->(:Programme {code: $programme})
      })
MATCH (a)-[r1:PARTICIPATED_IN]->(e)<-[r2:PARTICIPATED_IN]-(b)
WHERE a.id < b.id
  AND (a:Member OR ($includeOrganizations AND a:Organization))
  AND (b:Member OR ($includeOrganizations AND b:Organization))
  AND ($includeSynthetic OR (r1.synthetic IS NULL AND r2.synthetic IS NULL))
  AND ($region IS NULL OR (
        EXISTS { (a)-[:IN_REGION]->(:Region {code: $region}) } AND
        EXISTS { (b)-[:IN_REGION]->(:Region {code: $region}) }))
WITH a.id AS source, b.id AS target, count(DISTINCT e) AS weight
WHERE weight >= $minWeight
RETURN source, target, weight
ORDER BY weight DESC, source, target
LIMIT $maxEdges
