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
// Every relationship among the nodes: each node's outgoing relationships to the
// others, read the cheaper of two ways. Reading all of them costs its out-degree
// (60,000 for the busiest member at large scale, most leading outside the answer);
// probing each other node (Expand(Into), which reads the end with fewer
// relationships) costs about the sum of min(its out-degree, their in-degree). Both
// are counted from the degree store before reading anything.
CALL (members) {
  WITH members, [y IN members | COUNT { (y)<--() }] AS indegrees
  UNWIND members AS x
  WITH x, members, indegrees, COUNT { (x)-->() } AS out
  WITH x, members, out, reduce(c = 0, d IN indegrees | c + CASE WHEN d < out THEN d ELSE out END) AS probe
  CALL (x, members, out, probe) {
    WITH x, members WHERE out <= probe
    MATCH (x)-[r]->(y)
    WHERE y IN members AND ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, y
    UNION ALL
    WITH x, members WHERE out > probe
    UNWIND members AS y
    MATCH (x)-[r]->(y)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, y
  }
  RETURN collect({
    type: type(r), from: x.id, to: y.id, role: r.role, title: r.title, sources: coalesce(r.sources, []),
    uncertain: coalesce(r.uncertain, false), uncertainty: r.uncertainty
  }) AS steps
}
// The entities themselves come along, so the API answers without a second statement.
RETURN [l IN range(0, size(levels) - 1) | [n IN levels[l] | {id: n.id, level: l}]] AS levels, steps,
       [n IN members | {id: n.id, labels: labels(n), props: properties(n)}] AS entities
