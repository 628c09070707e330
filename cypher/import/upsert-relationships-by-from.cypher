// Upserts a batch of relationships of one type, identified by (from, type, to, key),
// and reports created / updated / unchanged. The existing relationship is looked
// for by expanding from the `from` node, the side with few relationships for
// this type (import.model.ts, REL_TYPES.anchor); the other end is not bound, so
// the planner cannot turn the lookup into a scan of all relationships.
// Rows whose endpoints are missing produce no outcome: the importer checks them first.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
// A write lock on the anchor, held until commit: two transactions upserting the
// same relationship take turns, and the second sees the first one's relationship
// below instead of creating a duplicate.
SET a.`_lock` = true
REMOVE a.`_lock`
WITH row, a, b
OPTIONAL MATCH (a)-[x]->(other)
  WHERE other.id = row.to AND type(x) = $type AND x.key = row.key
WITH row, a, b, head(collect(x)) AS old, row.props AS given
// The stored properties: the record's, and the page key by which the relation
// pages of the busy end (b) are read in order (cypher/relations/outgoing.cypher):
// that end's id, then what orders the other end (a), then type and key.
WITH row, a, b, old, given {.*, pageKey: b.id + '\u0001' + reduce(d = '', c IN split(coalesce(a.startDate, ''), '') | d + CASE c WHEN '-' THEN '-' WHEN '' THEN '' ELSE toString(9 - toInteger(c)) END) + '~\u0001' + left(coalesce(a.name, a.title, ''), 200) + '\u0001' + a.id + '\u0001' + $type + '\u0001' + row.key} AS props
WITH row, a, b, old, props, CASE
    WHEN old IS NULL THEN 'created'
    WHEN properties(old) = props THEN 'unchanged'
    ELSE 'updated'
  END AS outcome
CALL (props, a, b, outcome) {
  WITH props, a, b WHERE outcome = 'created'
  CREATE (a)-[r:$($type)]->(b)
  SET r = props
}
CALL (props, old, outcome) {
  WITH props, old WHERE outcome = 'updated'
  SET old = props
}
// Each outcome's relationships (at most $maxIds), named for the change feed.
RETURN outcome, count(*) AS count, collect(row.from + ' -[' + $type + ']-> ' + row.to)[..$maxIds] AS ids
