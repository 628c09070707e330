// Upserts a batch of relationships of one type, identified by (from, type, to, key),
// and reports created / updated / unchanged. Rows whose endpoints are missing
// produce no outcome; the importer checks endpoints before it writes.
// The existing relationship is found by a pattern comprehension between the two
// bound nodes, which always expands from them: a dynamic type in MATCH or MERGE
// ($($type)) is planned as a scan of every relationship.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
WITH row, a, b, [(a)-[x]->(b) WHERE type(x) = $type AND x.key = row.key | x][0] AS old
WITH row, a, b, old, CASE
    WHEN old IS NULL THEN 'created'
    WHEN properties(old) = row.props THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
CALL (row, a, b, outcome) {
  WITH row, a, b WHERE outcome = 'created'
  CREATE (a)-[r:$($type)]->(b)
  SET r = row.props
}
CALL (row, old, outcome) {
  WITH row, old WHERE outcome = 'updated'
  SET old = row.props
}
RETURN outcome, count(*) AS count
