// One page of members: filters (each ignored when its parameter is null),
// keyset pagination on (sort key, id) in either direction, $limit rows
// (the service asks for one more than the page, to know whether more follow).
MATCH (n:Member)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text
       OR toLower(coalesce(n.administrationName, '')) CONTAINS $text
       OR n.iso3 = toUpper($text) OR n.iso2 = toUpper($text))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
  AND ($region IS NULL OR EXISTS { (n)-[:IN_REGION]->(:Region {code: $region}) })
WITH n, toLower(coalesce(n[$sortKey], '')) AS k
WHERE $afterKey IS NULL
   OR ($desc AND (k < $afterKey OR (k = $afterKey AND n.id < $afterId)))
   OR (NOT $desc AND (k > $afterKey OR (k = $afterKey AND n.id > $afterId)))
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, k AS sortKey
ORDER BY CASE WHEN $desc THEN k END DESC, CASE WHEN $desc THEN n.id END DESC, k, n.id
LIMIT $limit
