// How many resolutions match the filters of resolution/list (run only when totalCount is asked).
MATCH (n:Resolution)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(coalesce(n.name, '')) CONTAINS $text
       OR toLower(coalesce(n.summary, '')) CONTAINS $text)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
RETURN count(n) AS count
