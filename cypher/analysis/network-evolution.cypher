// The cooperation network year by year, for the filters of cooperation-network.cypher
// (the same event, participation, fold, provenance and actor predicates): one row
// per year in which the network has an edge. An event counts in the year it
// starts; undated events are left out. A pair is an edge of a year when it shared
// at least $minWeight events starting that year. Per year: the edges, the actors
// they join, the edges new that year (the pair's first year in the answer), and
// the edges that are gone the next year (an edge of this year that is no edge of
// the next); the service fills the years between and turns these into lost edges.
MATCH (e:Event)
WHERE ($includeSynthetic OR e.synthetic IS NULL)
  // The period (src/graphql/period.ts): dates are the intervals they name; an event counts when it overlaps.
  AND (e.startDate <= $toHigh AND coalesce(e.endDate, e.startDate) + '~' >= $fromLow OR $noPeriod AND e.startDate IS NULL)
  AND ($programme IS NULL OR EXISTS {
        (e)-[:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*0..5]->(:Programme {code: $programme})
      })
MATCH (p)-[r:PARTICIPATED_IN]->(e)
WHERE ($includeSynthetic OR r.synthetic IS NULL)
  AND (p:Member OR (($includeOrganizations OR $foldMembers) AND p:Organization))
  AND ($sourceIds IS NULL OR any(s IN r.sources WHERE s IN $sourceIds)) AND NOT ($certainOnly AND coalesce(r.uncertain, false))
CALL (p) {
  OPTIONAL MATCH (p:Organization)-[f:AFFILIATED_WITH]->(m:Member)
  WHERE $foldMembers AND ($foldRoles IS NULL OR f.role IN $foldRoles) AND ($includeSynthetic OR f.synthetic IS NULL)
    AND NOT ($certainOnly AND coalesce(f.uncertain, false))
  RETURN coalesce(m, p) AS actor
}
WITH e, actor
WHERE (actor:Member OR ($includeOrganizations AND actor:Organization))
  AND ($region IS NULL OR EXISTS { (actor)-[:IN_REGION]->(:Region {code: $region}) })
WITH e, toInteger(left(e.startDate, 4)) AS year, collect(DISTINCT actor.id) AS present
WHERE year IS NOT NULL
UNWIND present AS x
UNWIND present AS y
WITH year, x, y
WHERE x < y
// Each actor is present once per event, so a pair's rows in a year are its shared events.
WITH x AS source, y AS target, year, count(*) AS weight
WHERE weight >= $minWeight
WITH source, target, collect(year) AS years
UNWIND years AS year
WITH year, source, target,
     year = reduce(first = years[0], y IN years | CASE WHEN y < first THEN y ELSE first END) AS isNew,
     NOT (year + 1 IN years) AS goneNextYear
WITH year, count(*) AS edges, sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS newEdges,
     sum(CASE WHEN goneNextYear THEN 1 ELSE 0 END) AS goneNextYear, collect(source) + collect(target) AS ends
CALL (ends) {
  UNWIND ends AS id
  RETURN count(DISTINCT id) AS nodes
}
RETURN year, nodes, edges, newEdges, goneNextYear
ORDER BY year
