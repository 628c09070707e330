// Upserts a batch of nodes of one label and reports, per row, whether it was
// created, updated or already identical. $label comes from the importer's
// whitelist (import.model.ts); row.props holds every property, id included.
// The ids of each outcome (at most $maxIds) go into the change feed.
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, CASE
    WHEN old IS NULL THEN 'created'
    WHEN properties(old) = row.props AND $label IN labels(old) THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
CALL (row, outcome) {
  WITH row WHERE outcome <> 'unchanged'
  MERGE (n:Entity {id: row.id})
  SET n = row.props, n:$($label)
}
RETURN outcome, count(*) AS count, collect(row.id)[..$maxIds] AS ids
