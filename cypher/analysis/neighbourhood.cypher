// The neighbourhood of an entity up to $depth (1..3) hops, relationships in either
// direction, at most $limit new nodes per level (taken in id order, so the answer
// is stable), and every relationship among the nodes kept. Optional: only some
// relationship types; synthetic data only when asked.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[r]-(n)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL)
  WITH DISTINCT n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS level1
}
CALL (start, level1) {
  WITH start, level1 WHERE $depth >= 2
  UNWIND level1 AS m
  MATCH (m)-[r]-(n)
  WHERE n <> start AND NOT n IN level1
    AND ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL)
  WITH DISTINCT n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS level2
}
CALL (start, level1, level2) {
  WITH start, level1, level2 WHERE $depth >= 3
  UNWIND level2 AS m
  MATCH (m)-[r]-(n)
  WHERE n <> start AND NOT n IN level1 AND NOT n IN level2
    AND ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL)
  WITH DISTINCT n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS level3
}
WITH [start] + level1 + level2 + level3 AS members,
     [[start], level1, level2, level3] AS levels
CALL (members) {
  UNWIND members AS x
  MATCH (x)-[r]->(y)
  WHERE y IN members AND ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL)
  RETURN collect({
    type: type(r), from: x.id, to: y.id, role: r.role, title: r.title, sources: coalesce(r.sources, []),
    uncertain: coalesce(r.uncertain, false), uncertainty: r.uncertainty
  }) AS steps
}
// The entities themselves come along, so the API answers without a second statement.
RETURN [l IN range(0, size(levels) - 1) | [n IN levels[l] | {id: n.id, level: l}]] AS levels, steps,
       [n IN members | {id: n.id, labels: labels(n), props: properties(n)}] AS entities
