// Full-text search over names, titles, acronyms, codes and places of every
// label (index entity_search). $query is built by the service from the user's
// words with Lucene's special characters escaped, so it is only ever terms.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $scanLimit}) YIELD node, score
WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
  AND ($includeSynthetic OR node.synthetic IS NULL)
RETURN node.id AS id, labels(node) AS labels, properties(node) AS props, score
ORDER BY score DESC, id
LIMIT $first
