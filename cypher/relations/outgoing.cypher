// Relationships of the given types leaving each of $ids, with the entity at the
// other end, one page per parent ($offset, $limit) and the parent's total: the
// batch behind the per-request relation loaders. Newest events first, then by
// name or title. The type is tested with type(r) on an expansion from the
// anchored parent (a dynamic type in the pattern would scan every relationship).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]->(m)
  WHERE type(r) IN $types
    AND ($role IS NULL OR r.role = $role)
    AND ($includeSynthetic OR r.synthetic IS NULL)
  RETURN count(r) AS total
}
// ORDER BY with LIMIT inside the subquery is a top-k per parent: the page is
// kept while the relationships stream past, instead of sorting them all.
CALL (n) {
  MATCH (n)-[r]->(m)
  WHERE type(r) IN $types
    AND ($role IS NULL OR r.role = $role)
    AND ($includeSynthetic OR r.synthetic IS NULL)
  WITH r, m
  ORDER BY coalesce(m.startDate, '') DESC, coalesce(m.name, m.title, ''), m.id, type(r), r.key
  SKIP $offset LIMIT $limit
  RETURN collect({type: type(r), props: properties(r), id: m.id, labels: labels(m), nodeProps: properties(m)}) AS rows
}
RETURN id, total, rows
