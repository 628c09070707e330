// Upserts a batch of nodes of one label and reports, per row, whether it was
// created, updated or already identical. $label comes from the importer's
// whitelist (import.model.ts); row.props holds every property, id included.
// The ids of each outcome (at most $maxIds) go into the change feed.
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, old, CASE
    WHEN old IS NULL THEN 'created'
    WHEN properties(old) = row.props AND $label IN labels(old) THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
// How an updated node orders in pages, before the write (see below); the others need not know.
WITH row, outcome, CASE WHEN outcome = 'updated' THEN reduce(d = '', c IN split(coalesce(old.startDate, ''), '') | d + CASE c WHEN '-' THEN '-' WHEN '' THEN '' ELSE toString(9 - toInteger(c)) END) + '~\u0001' + left(coalesce(old.name, old.title, ''), 200) + '\u0001' + old.id END AS order
CALL (row, outcome) {
  WITH row WHERE outcome <> 'unchanged'
  MERGE (n:Entity {id: row.id})
  SET n = row.props, n:$($label)
}
// A node whose date, name or title changed reorders the pages that list it:
// the page keys of its relationships on their anchor end (the few it has of
// each type; $anchoredAtFrom, $anchoredAtTo from the model) are computed anew,
// as cypher/import/upsert-relationships-* computes them.
CALL (row, outcome, order) {
  WITH row WHERE outcome = 'updated' AND order <> reduce(d = '', c IN split(coalesce(row.props.startDate, ''), '') | d + CASE c WHEN '-' THEN '-' WHEN '' THEN '' ELSE toString(9 - toInteger(c)) END) + '~\u0001' + left(coalesce(row.props.name, row.props.title, ''), 200) + '\u0001' + row.props.id
  MATCH (x:Entity {id: row.id})-[r]-(busy)
  WHERE (startNode(r) = x AND type(r) IN $anchoredAtFrom) OR (endNode(r) = x AND type(r) IN $anchoredAtTo)
  WITH r, busy.id + '\u0001' + reduce(d = '', c IN split(coalesce(x.startDate, ''), '') | d + CASE c WHEN '-' THEN '-' WHEN '' THEN '' ELSE toString(9 - toInteger(c)) END) + '~\u0001' + left(coalesce(x.name, x.title, ''), 200) + '\u0001' + x.id + '\u0001' + type(r) + '\u0001' + r.key AS key
  WHERE r.pageKey IS NULL OR r.pageKey <> key
  SET r.pageKey = key
}
RETURN outcome, count(*) AS count, collect(row.id)[..$maxIds] AS ids
