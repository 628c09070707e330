// Two actors' cooperation: the events both took part in (the filters of
// co-participants.cypher: programme, period, synthetic data, provenance), with
// each side's participations in them, oldest first (undated last), up to $first,
// and over all of them: their number, first start, last end, start years and
// the sources of the participations (only the chosen ones under a source filter).
// With $foldMembers, each actor asked about stands for its member, and takes part
// through itself and its member's affiliates (as in co-participants.cypher); two
// actors of one member share nothing. One row, also when the actors share nothing
// or one does not exist (actors then lists fewer than two: the service says which).
UNWIND range(0, size($between) - 1) AS side
MATCH (a:Entity {id: $between[side]})
CALL (a) {
  OPTIONAL MATCH (a:Organization)-[f:AFFILIATED_WITH]->(m:Member)
  WHERE $foldMembers AND ($foldRoles IS NULL OR f.role IN $foldRoles) AND ($includeSynthetic OR f.synthetic IS NULL)
    AND NOT ($certainOnly AND coalesce(f.uncertain, false))
  RETURN coalesce(m, a) AS start
}
WITH collect({side: side, asked: a, start: start}) AS actors
CALL (actors) {
  UNWIND actors AS actor
  WITH actor.side AS side, actor.start AS start
  WHERE size(actors) = 2 AND actors[0].start <> actors[1].start
  // Who takes part for each side: the actor itself and, folded, its member's affiliates.
  CALL (start) {
    RETURN start AS x, null AS tie
    UNION
    MATCH (x:Organization)-[f:AFFILIATED_WITH]->(start:Member)
    WHERE $foldMembers AND ($foldRoles IS NULL OR f.role IN $foldRoles) AND ($includeSynthetic OR f.synthetic IS NULL)
      AND NOT ($certainOnly AND coalesce(f.uncertain, false))
    RETURN x, f AS tie
  }
  MATCH (x)-[r:PARTICIPATED_IN]->(e:Event)
  WHERE ($includeSynthetic OR (e.synthetic IS NULL AND r.synthetic IS NULL))
    // The period (src/graphql/period.ts): dates are the intervals they name; an event counts when it overlaps.
    AND (e.startDate <= $toHigh AND coalesce(e.endDate, e.startDate) + '~' >= $fromLow OR $noPeriod AND e.startDate IS NULL)
    AND ($programme IS NULL OR EXISTS {
          (e)-[:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*0..5]->(:Programme {code: $programme})
        })
    AND ($sourceIds IS NULL OR any(s IN r.sources WHERE s IN $sourceIds)) AND NOT ($certainOnly AND coalesce(r.uncertain, false))
  WITH e, side, collect({participantId: x.id, role: r.role, uncertain: coalesce(r.uncertain, false),
         sources: [s IN coalesce(r.sources, []) WHERE $sourceIds IS NULL OR s IN $sourceIds],
         via: CASE WHEN tie IS NULL THEN null ELSE {organizationId: x.id, memberId: start.id, role: tie.role,
                uncertain: coalesce(tie.uncertain, false), uncertainty: tie.uncertainty} END}) AS participations
  WITH e, collect({side: side, participations: participations}) AS sides
  WHERE size(sides) = 2
  ORDER BY e.startDate, e.id
  RETURN count(e) AS weight, min(e.startDate) AS firstDate, max(coalesce(e.endDate, e.startDate) + '~') AS lastEnd,
         collect(toInteger(left(e.startDate, 4))) AS years, collect({eventId: e.id, sides: sides}) AS events
}
// years skips undated events. The repository gathers the sources and the ties used over every shared event.
RETURN [one IN actors | {side: one.side, id: one.start.id, askedId: one.asked.id, labels: labels(one.asked)}] AS actors,
       weight, firstDate, lastEnd, years, events[..$first] AS events,
       [ev IN events | [s IN ev.sides | [p IN s.participations | {sources: p.sources, via: p.via}]]] AS used
