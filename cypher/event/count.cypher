// How many events match the filters of event/list (run only when totalCount is asked).
MATCH (n:Event)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(n.title) CONTAINS $text OR toLower(coalesce(n.city, '')) CONTAINS $text
       OR toLower(coalesce(n.country, '')) CONTAINS $text)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
  // The period (src/graphql/period.ts): dates are the intervals they name; an event counts when it overlaps.
  AND (n.startDate <= $toHigh AND coalesce(n.endDate, n.startDate) + '~' >= $fromLow OR $noPeriod AND n.startDate IS NULL)
  AND ($programme IS NULL OR EXISTS {
        (n)-[:ACTIVITY_OF|ADDRESSED]->(:Programme)-[:PART_OF*0..5]->(:Programme {code: $programme})
      })
RETURN count(n) AS count
