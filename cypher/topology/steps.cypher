// What a path or a neighbourhood found on the topology projection (src/topology)
// shows, in one row: the relationships from one entity to another of one type,
// for each of $pairs ({from, to, type}), with their provenance (synthetic ones
// only when asked), and the entities $ids, so the API answers without a second
// statement; and the graph's stamp (as cypher/projection/stamp.cypher reads it),
// which tells whether the topology walked is still the graph's. Neo4j expands
// into each pair from its end with fewer relationships: a busy member is never
// expanded.
CALL () {
  UNWIND $pairs AS pair
  MATCH (a:Entity {id: pair.from})
  MATCH (b:Entity {id: pair.to})
  MATCH (a)-[r]->(b)
  WHERE type(r) = pair.type AND ($includeSynthetic OR r.synthetic IS NULL)
  WITH r, a, b ORDER BY a.id, b.id, type(r), coalesce(r.key, '')
  RETURN collect({
    type: type(r), from: a.id, to: b.id, role: r.role, title: r.title, sources: coalesce(r.sources, []),
    uncertain: coalesce(r.uncertain, false), uncertainty: r.uncertainty
  }) AS steps
}
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect({id: n.id, labels: labels(n), props: properties(n)}) AS entities
}
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN steps, entities, coalesce(g.version, 0) AS version, coalesce(g.history, '') AS history
