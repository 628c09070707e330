// Aggregations for dashboards: one measure over the events of a filter, grouped
// by the dimensions in $groupBy (a fixed vocabulary checked by the API: YEAR,
// PROGRAMME, REGION, EVENT_KIND, ROLE, ACTOR). Every dimension's value is
// computed here; a dimension not asked for is null on every row, so it groups
// nothing. Nothing of the request is spliced in: only parameters.
//
// What is counted ($ties, from the measure and the arguments, activity.params.ts):
//   EVENT         each event by itself (EVENTS with no ROLE, REGION or ACTOR
//                 dimension and no roles or region filter): events with no
//                 participant count too;
//   PARTICIPATION each PARTICIPATED_IN of a member (or organization; folded, its member) in an event;
//   APPEARANCE    each SPOKE_AT of a person at an event ($speechesOnly: not ATTENDED).
// A row's value counts events (EVENTS), actors (DISTINCT_*) or an actor's
// roles in events (PARTICIPATIONS, APPEARANCES, SPEECHES): folded, a member
// and its government both present as PARTICIPANT make one participation.
// A multi-valued dimension counts the unit once per value it has: an event
// under every year its interval touches (within the period), every programme
// it is an activity of or addressed, with every programme above those
// (PART_OF, up to 5 levels), every role and region of its ties.
MATCH (e:Event)
WHERE ($includeSynthetic OR e.synthetic IS NULL)
  // The period (src/graphql/period.ts): dates are the intervals they name; an event counts when it overlaps.
  AND (e.startDate <= $toHigh AND coalesce(e.endDate, e.startDate) + '~' >= $fromLow OR $noPeriod AND e.startDate IS NULL)
  AND ($eventKinds IS NULL OR e.kind IN $eventKinds)
  AND ($programme IS NULL OR EXISTS {
        (e)-[:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*0..5]->(:Programme {code: $programme})
      })
// YEAR: the years from the event's first to its last day, kept within the period's
// years ($yearLow, $yearHigh); an undated event has the year null.
WITH e,
     toInteger(left(e.startDate, 4)) AS firstYear,
     toInteger(left(coalesce(e.endDate, e.startDate), 4)) AS lastYear
WITH e, CASE
       WHEN NOT 'YEAR' IN $groupBy THEN [null]
       WHEN firstYear IS NULL THEN [null]
       ELSE [y IN range(firstYear, CASE WHEN lastYear > firstYear THEN lastYear ELSE firstYear END)
             WHERE ($yearLow IS NULL OR y >= $yearLow) AND ($yearHigh IS NULL OR y <= $yearHigh)]
     END AS years
// PROGRAMME: what the event is an activity of or addressed, and every programme above
// it; with a programme filter, only that programme and those under it.
// (Each dimension's subquery filters on $groupBy first, so one not asked for costs nothing;
// an aggregation's one row comes back either way.)
CALL (e) {
  WITH e WHERE 'PROGRAMME' IN $groupBy
  OPTIONAL MATCH (e)-[:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*0..5]->(p:Programme)
  WHERE $programme IS NULL OR EXISTS { (p)-[:PART_OF*0..5]->(:Programme {code: $programme}) }
  RETURN collect(DISTINCT p) AS programmes
}
CALL (e) {
  WITH e WHERE $ties = 'EVENT'
  RETURN null AS actor, null AS role
  UNION ALL
  MATCH (p)-[tie:PARTICIPATED_IN]->(e)
  WHERE $ties = 'PARTICIPATION' AND ($includeSynthetic OR tie.synthetic IS NULL)
    // Unfolded, organizations are left out here already unless asked for.
    AND (p:Member OR ($includeOrganizations OR $foldMembers) AND p:Organization)
    AND ($roles IS NULL OR tie.role IN $roles)
  // With $foldMembers, an organization AFFILIATED_WITH a member takes part as that member
  // (docs/data.md#one-actor-one-place), before its label and region are asked.
  CALL (p) {
    OPTIONAL MATCH (p:Organization)-[f:AFFILIATED_WITH]->(m:Member)
    WHERE $foldMembers AND ($foldRoles IS NULL OR f.role IN $foldRoles) AND ($includeSynthetic OR f.synthetic IS NULL)
    RETURN coalesce(m, p) AS actor
  }
  WITH actor, tie.role AS role
  WHERE (actor:Member OR $includeOrganizations AND actor:Organization)
    AND ($region IS NULL OR EXISTS { (actor)-[:IN_REGION]->(:Region {code: $region}) })
  RETURN DISTINCT actor, role
  UNION ALL
  MATCH (actor:Person)-[tie:SPOKE_AT]->(e)
  WHERE $ties = 'APPEARANCE' AND ($includeSynthetic OR tie.synthetic IS NULL)
    AND NOT ($speechesOnly AND tie.role = 'ATTENDED')
    AND ($roles IS NULL OR tie.role IN $roles)
  RETURN DISTINCT actor, tie.role AS role
}
// REGION: the region of a member taking part; an organization has none (null).
CALL (actor) {
  WITH actor WHERE 'REGION' IN $groupBy
  OPTIONAL MATCH (actor:Member)-[:IN_REGION]->(g:Region)
  WHERE $region IS NULL OR g.code = $region
  RETURN collect(DISTINCT g) AS regions
}
UNWIND years AS year
UNWIND CASE WHEN size(programmes) = 0 THEN [null] ELSE programmes END AS programme
UNWIND CASE WHEN size(regions) = 0 THEN [null] ELSE regions END AS region
WITH year, programme, region,
     CASE WHEN 'EVENT_KIND' IN $groupBy THEN e.kind END AS kind,
     CASE WHEN 'ROLE' IN $groupBy THEN role END AS groupRole,
     CASE WHEN 'ACTOR' IN $groupBy THEN actor END AS groupActor,
     CASE WHEN $measure = 'EVENTS' THEN e WHEN $measure IN ['DISTINCT_PARTICIPANTS', 'DISTINCT_SPEAKERS'] THEN actor END AS counted
// A tie (actor, role) is one row per event and per group (the subqueries return each once), so
// participations and appearances are count(*); events and actors are counted distinct.
WITH year, programme, region, kind, groupRole, groupActor, count(DISTINCT counted) AS distinctCount, count(*) AS tieCount
WITH year, programme, region, kind, groupRole, groupActor,
     CASE WHEN $measure IN ['PARTICIPATIONS', 'APPEARANCES', 'SPEECHES'] THEN tieCount ELSE distinctCount END AS value
// Ties (and the DIMENSIONS order) by the dimensions in $groupBy's order: a list sorts element by
// element, and null sorts after every value.
ORDER BY CASE $order WHEN 'VALUE_DESC' THEN -value WHEN 'VALUE_ASC' THEN value ELSE 0 END,
         [d IN $groupBy | CASE d
           WHEN 'YEAR' THEN year WHEN 'PROGRAMME' THEN programme.code WHEN 'REGION' THEN region.code
           WHEN 'EVENT_KIND' THEN kind WHEN 'ROLE' THEN groupRole ELSE groupActor.id
         END]
WITH collect({year: year, programme: programme, region: region, kind: kind, role: groupRole, actor: groupActor, value: value}) AS grouped
// The page, with the programmes, regions and actors it names (the API answers without a second statement).
RETURN size(grouped) AS totalRows,
       [r IN grouped[$offset..$offset + $first] | {
         year: r.year, programmeId: r.programme.id, regionId: r.region.id, regionCode: r.region.code,
         kind: r.kind, role: r.role, actorId: r.actor.id, value: r.value,
         entities: [n IN [r.programme, r.region, r.actor] WHERE n IS NOT NULL | {id: n.id, labels: labels(n), props: properties(n)}]
       }] AS rows
