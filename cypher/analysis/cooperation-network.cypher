// The cooperation network for a filter: pairs of members (and, if asked,
// organizations) that took part in the same events, weighted by the number of
// events they shared. With a region, both ends must be members of it. Each pair
// appears once (source id < target id).
// With $foldMembers, an organization AFFILIATED_WITH a member counts as that
// member (docs/data.md#one-actor-one-place) before anything else is asked of it
// (label, region, pairs): an event the member and its government both attended
// makes one participation, and each node brings the ties folded into it.
// Provenance (src/analysis/analysis.provenance.ts): with $sourceIds, only the
// participations one of those sources states count; with $certainOnly, no
// uncertain participation, and no fold through an uncertain tie.
// Each edge carries its time (the first start and last end of its shared events,
// its weight per start year, null for undated events) and the sources of the
// counted participations of both ends in its shared events (only the chosen ones
// under a source filter).
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
MATCH (p)-[r:PARTICIPATED_IN]->(e)
WHERE ($includeSynthetic OR r.synthetic IS NULL)
  // Unfolded, organizations are left out here already unless asked for.
  AND (p:Member OR (($includeOrganizations OR $foldMembers) AND p:Organization))
  AND ($sourceIds IS NULL OR any(s IN r.sources WHERE s IN $sourceIds)) AND NOT ($certainOnly AND coalesce(r.uncertain, false))
CALL (p) {
  OPTIONAL MATCH (p:Organization)-[f:AFFILIATED_WITH]->(m:Member)
  WHERE $foldMembers AND ($foldRoles IS NULL OR f.role IN $foldRoles) AND ($includeSynthetic OR f.synthetic IS NULL)
    AND NOT ($certainOnly AND coalesce(f.uncertain, false))
  RETURN coalesce(m, p) AS actor, f AS tie
}
WITH e, actor, tie, r
WHERE (actor:Member OR ($includeOrganizations AND actor:Organization))
  AND ($region IS NULL OR EXISTS { (actor)-[:IN_REGION]->(:Region {code: $region}) })
// Each actor once per event, with the ties that brought it there (collect skips the null of its own participation)
// and the sources of its participations there.
WITH e, actor, collect(DISTINCT tie) AS ties,
     [s IN reduce(all = [], ss IN collect(coalesce(r.sources, [])) | all + ss) WHERE $sourceIds IS NULL OR s IN $sourceIds] AS said
WITH e, collect({actor: actor, ties: ties, said: said}) AS present
UNWIND present AS x
UNWIND present AS y
WITH e, x, y
WHERE x.actor.id < y.actor.id
// One row per source stating either participation (one null row when none does), so each pair's sources
// are aggregated as a set; DISTINCT e keeps the weight a count of events.
UNWIND CASE WHEN size(x.said) + size(y.said) = 0 THEN [null] ELSE x.said + y.said END AS said
WITH x.actor.id AS source, y.actor.id AS target, toInteger(left(e.startDate, 4)) AS year,
     count(DISTINCT e) AS yearWeight, min(e.startDate) AS yearFirst, max(coalesce(e.endDate, e.startDate) + '~') AS yearLastEnd,
     collect(DISTINCT said) AS yearSources, collect(x.ties + y.ties) AS yearTies
WITH source, target, sum(yearWeight) AS weight, min(yearFirst) AS firstDate, max(yearLastEnd) AS lastEnd,
     collect({year: year, weight: yearWeight}) AS years, collect(yearSources) AS sourceLists,
     reduce(all = [], ts IN collect(yearTies) | all + ts) AS tieLists
WHERE weight >= $minWeight
ORDER BY weight DESC, source, target
// collect keeps the rows' order, so the first $maxEdges are the kept edges; edgeTies[i] are edges[i]'s ties, once each.
WITH collect({source: source, target: target, weight: weight, firstDate: firstDate, lastEnd: lastEnd, years: years, sourceLists: sourceLists}) AS edges,
     collect(reduce(acc = [], t IN reduce(all = [], ts IN tieLists | all + ts) | CASE WHEN t IN acc THEN acc ELSE acc + [t] END)) AS edgeTies
CALL (edges, edgeTies) {
  UNWIND range(0, size(edges) - 1) AS i
  WITH i < $maxEdges AS kept, edges[i] AS edge, edgeTies[i] AS ties
  UNWIND [edge.source, edge.target] AS id
  WITH id, count(*) AS degree, sum(edge.weight) AS strength,
       sum(CASE WHEN kept THEN 1 ELSE 0 END) AS keptDegree, sum(CASE WHEN kept THEN edge.weight ELSE 0 END) AS keptStrength,
       reduce(acc = [], t IN reduce(all = [], ts IN collect(ties) | all + ts) | CASE WHEN endNode(t).id <> id OR t IN acc THEN acc ELSE acc + [t] END) AS via
  ORDER BY strength DESC, id
  // Only the nodes of kept edges are listed; the others are counted in totalNodes.
  RETURN count(id) AS totalNodes,
         collect(CASE WHEN keptDegree > 0 THEN {id: id, degree: degree, strength: strength, keptDegree: keptDegree, keptStrength: keptStrength,
           via: [t IN via | {organizationId: startNode(t).id, memberId: endNode(t).id, role: t.role, uncertain: coalesce(t.uncertain, false), uncertainty: t.uncertainty}]} END) AS nodes
}
// The repository flattens each kept edge's sources and orders its years; lastEnd is the last end date + '~' (src/graphql/period.ts).
RETURN edges[..$maxEdges] AS edges, size(edges) AS totalEdges, totalNodes, nodes
