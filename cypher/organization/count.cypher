// How many organizations match the filters of organization/list (run only when totalCount is asked).
MATCH (n:Organization)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(coalesce(n.name, '')) CONTAINS $text
       OR toLower(coalesce(n.acronym, '')) CONTAINS $text)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
RETURN count(n) AS count
