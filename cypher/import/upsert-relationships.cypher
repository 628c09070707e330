// Upserts a batch of relationships of one type, identified by (from, type, to, key),
// and reports created / updated / unchanged. Rows whose endpoints are missing
// produce no outcome; the importer checks endpoints before it writes.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[old:$($type) {key: row.key}]->(b)
WITH row, a, b, CASE
    WHEN old IS NULL THEN 'created'
    WHEN properties(old) = row.props THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
CALL (row, a, b, outcome) {
  WITH row, a, b WHERE outcome <> 'unchanged'
  MERGE (a)-[r:$($type) {key: row.key}]->(b)
  SET r = row.props
}
RETURN outcome, count(*) AS count
