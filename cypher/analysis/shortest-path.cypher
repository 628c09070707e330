// The shortest chain of relationships between two entities, in either direction,
// at most $maxHops long (1..6: the service checks it), optionally only through the
// given relationship types, and through synthetic data only when asked. No row when
// there is no such path.
//
// Why shortestPath() and one branch per bound (docs/architecture.md, "Shortest paths and neighbourhoods"):
// - the function is planned as Neo4j's ShortestPath operator, a bidirectional
//   breadth-first search that checks the relationship predicates as it expands.
//   The GQL form, SHORTEST 1 over a quantified pattern, is planned as
//   StatefulShortestPath(Into), which costs several times as much per relationship:
//   at large scale it ran past 80 s between the two busiest members, where this
//   takes tens of milliseconds.
// - a variable-length bound cannot be a parameter. Filtering length(p) <= $maxHops
//   after a search to 6 hops would let the search run past $maxHops before saying
//   "no path"; one branch per bound, each behind its `WHERE $maxHops = k`, stops the
//   search at the bound asked for. Only the branch of $maxHops runs.
// - nothing but relationship predicates (all(r IN rs ...)) may stand in the WHERE of
//   the path: anything else on the path (its length, say) makes the planner add an
//   exhaustive fallback that enumerates every path. test/integration/shortest-path-bfs.test.ts
//   checks the plan.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = shortestPath((a)-[rs*..1]-(b))
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL))
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 2
  MATCH p = shortestPath((a)-[rs*..2]-(b))
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL))
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 3
  MATCH p = shortestPath((a)-[rs*..3]-(b))
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL))
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 4
  MATCH p = shortestPath((a)-[rs*..4]-(b))
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL))
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 5
  MATCH p = shortestPath((a)-[rs*..5]-(b))
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL))
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 6
  MATCH p = shortestPath((a)-[rs*..6]-(b))
  WHERE all(r IN rs WHERE ($types IS NULL OR type(r) IN $types) AND ($includeSynthetic OR r.synthetic IS NULL))
  RETURN p
}
// The entities along the path come along, so the API answers without a second statement.
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [n IN nodes(p) | {id: n.id, labels: labels(n), props: properties(n)}] AS entities,
       [rel IN relationships(p) | {
          type: type(rel), from: startNode(rel).id, to: endNode(rel).id,
          role: rel.role, title: rel.title, sources: coalesce(rel.sources, []),
          uncertain: coalesce(rel.uncertain, false), uncertainty: rel.uncertainty
       }] AS steps
