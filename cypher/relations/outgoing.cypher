// Relationships of the given types leaving each of $ids, with the entity at the
// other end, one page per parent ($offset, $limit) and the parent's total: the
// batch behind the per-request relation loaders. Newest events first, then by
// name or title. The type is tested with type(r) on an expansion from the
// anchored parent (a dynamic type in the pattern would scan every relationship).
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]->(m)
WHERE type(r) IN $types
  AND ($role IS NULL OR r.role = $role)
  AND ($includeSynthetic OR r.synthetic IS NULL)
WITH id, r, m
ORDER BY coalesce(m.startDate, '') DESC, coalesce(m.name, m.title, ''), m.id, type(r), r.key
// Only the page's relationships and nodes are read in full; the rest are counted.
WITH id, collect([r, m]) AS related
RETURN id, size(related) AS total,
       [x IN related[$offset..($offset + $limit)] |
         {type: type(x[0]), props: properties(x[0]), id: x[1].id, labels: labels(x[1]), nodeProps: properties(x[1])}] AS rows
