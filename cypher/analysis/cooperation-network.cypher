// The cooperation network for a filter: pairs of members (and, if asked,
// organizations) that took part in the same events, weighted by the number of
// events they shared. With a region, both ends must be members of it. Each pair
// appears once (source id < target id).
// At most $maxEdges edges are kept, in a fixed order: weight descending, then
// source id, then target id (string order). The answer also tells what was cut:
// how many edges and nodes the whole filtered network has, and each kept node's
// degree and strength in the whole network as well as in the kept edges.
MATCH (e:Event)
WHERE ($includeSynthetic OR e.synthetic IS NULL)
  // The period (src/graphql/period.ts): dates are the intervals they name; an event counts when it overlaps.
  AND (e.startDate <= $toHigh AND coalesce(e.endDate, e.startDate) + '~' >= $fromLow OR $noPeriod AND e.startDate IS NULL)
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
ORDER BY weight DESC, source, target
// collect keeps the rows' order, so the first $maxEdges are the kept edges.
WITH collect({source: source, target: target, weight: weight}) AS edges
CALL (edges) {
  UNWIND range(0, size(edges) - 1) AS i
  WITH i < $maxEdges AS kept, edges[i] AS edge
  UNWIND [edge.source, edge.target] AS id
  WITH id, count(*) AS degree, sum(edge.weight) AS strength,
       sum(CASE WHEN kept THEN 1 ELSE 0 END) AS keptDegree, sum(CASE WHEN kept THEN edge.weight ELSE 0 END) AS keptStrength
  ORDER BY strength DESC, id
  // Only the nodes of kept edges are listed; the others are counted in totalNodes.
  RETURN count(id) AS totalNodes,
         collect(CASE WHEN keptDegree > 0 THEN {id: id, degree: degree, strength: strength, keptDegree: keptDegree, keptStrength: keptStrength} END) AS nodes
}
RETURN edges[..$maxEdges] AS edges, size(edges) AS totalEdges, totalNodes, nodes
