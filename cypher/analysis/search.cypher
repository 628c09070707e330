// Full-text search over what a reader looks for in every label: names, titles,
// themes, outcomes, topics, notes, descriptions, count scopes, places (index
// entity_search_v2, cypher/schema/011). $query is built by the service from the
// user's words with Lucene's special characters escaped, so it is only ever
// terms; the service tells from the returned properties which fields matched.
CALL db.index.fulltext.queryNodes('entity_search_v2', $query, {limit: $scanLimit}) YIELD node, score
WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
  AND ($includeSynthetic OR node.synthetic IS NULL)
RETURN node.id AS id, labels(node) AS labels, properties(node) AS props, score
ORDER BY score DESC, id
LIMIT $first
