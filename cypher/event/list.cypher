// One page of events: filters (each ignored when null), keyset pagination on
// (sort key, id) in either direction, $limit rows (one more than the page).
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
WITH n, coalesce(n[$sortKey], '') AS k
WHERE $afterKey IS NULL
   OR ($desc AND (k < $afterKey OR (k = $afterKey AND n.id < $afterId)))
   OR (NOT $desc AND (k > $afterKey OR (k = $afterKey AND n.id > $afterId)))
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, k AS sortKey
ORDER BY CASE WHEN $desc THEN k END DESC, CASE WHEN $desc THEN n.id END DESC, k, n.id
LIMIT $limit
