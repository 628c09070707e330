// How many members match the filters of member/list (run only when totalCount is asked).
MATCH (n:Member)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text
       OR toLower(coalesce(n.administrationName, '')) CONTAINS $text
       OR n.iso3 = toUpper($text) OR n.iso2 = toUpper($text))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
  AND ($region IS NULL OR EXISTS { (n)-[:IN_REGION]->(:Region {code: $region}) })
RETURN count(n) AS count
