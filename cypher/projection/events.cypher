// The events of the cooperation projection (src/projection), each with the
// codes of every programme it is an activity of or addressed, sub-programmes'
// parents included (PART_OF, as the analyses' programme filter follows it).
MATCH (e:Event)
RETURN e.id AS id, e.startDate AS startDate, e.endDate AS endDate, e.synthetic IS NOT NULL AS synthetic,
       COLLECT {
         MATCH (e)-[:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*0..5]->(p:Programme)
         RETURN DISTINCT p.code
       } AS programmes
