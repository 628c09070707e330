// How many programmes match the filters of programme/list (run only when totalCount is asked).
MATCH (n:Programme)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(coalesce(n.name, '')) CONTAINS $text
       OR toLower(coalesce(n.code, '')) CONTAINS $text
       OR toLower(coalesce(n.description, '')) CONTAINS $text)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
RETURN count(n) AS count
