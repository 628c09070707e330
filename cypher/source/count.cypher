// How many sources match the filters of source/list (run only when totalCount is asked).
MATCH (n:Source)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(coalesce(n.title, '')) CONTAINS $text
       OR toLower(coalesce(n.publisher, '')) CONTAINS $text)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
RETURN count(n) AS count
