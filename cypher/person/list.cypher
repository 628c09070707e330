// One page of persons: filters (each ignored when null), keyset pagination on
// (sort key, id) in either direction, $limit rows (one more than the page).
MATCH (n:Person)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(coalesce(n.name, '')) CONTAINS $text)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
WITH n, toLower(coalesce(n[$sortKey], '')) AS k
WHERE $afterKey IS NULL
   OR ($desc AND (k < $afterKey OR (k = $afterKey AND n.id < $afterId)))
   OR (NOT $desc AND (k > $afterKey OR (k = $afterKey AND n.id > $afterId)))
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, k AS sortKey
ORDER BY CASE WHEN $desc THEN k END DESC, CASE WHEN $desc THEN n.id END DESC, k, n.id
LIMIT $limit
