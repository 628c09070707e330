// How many regions match the filters of region/list (run only when totalCount is asked).
MATCH (n:Region)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(coalesce(n.name, '')) CONTAINS $text
       OR toLower(coalesce(n.code, '')) CONTAINS $text
       OR toLower(coalesce(n.shortName, '')) CONTAINS $text)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
RETURN count(n) AS count
