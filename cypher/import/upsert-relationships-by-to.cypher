// Upserts a batch of relationships of one type, identified by (from, type, to, key),
// and reports created / updated / unchanged. The `to` end is the anchor (the side
// with few relationships of this type, import.model.ts REL_TYPES.anchor).
// Rows whose endpoints are missing produce no outcome: the importer checks them first.
// First a write lock on each anchor of the batch ($anchors: distinct and sorted, so two
// transactions take them in the same order), held until commit: two transactions
// upserting the same relationship take turns, and the second sees the first one's
// relationship below instead of creating a duplicate. Once per anchor, not per row.
CALL () {
  UNWIND $anchors AS anchor
  MATCH (n:Entity {id: anchor})
  SET n.`_lock` = true
  REMOVE n.`_lock`
  RETURN count(*) AS locked
}
// Each endpoint of the batch is looked up once ($ends: distinct ids), with what orders
// it in a page (see the page key below). A row is a list, which Bolt carries and Neo4j
// unpacks for less than a map: [position of its from end in $ends, position of its to
// end, key, the record's properties].
CALL () {
  UNWIND $ends AS id
  OPTIONAL MATCH (n:Entity {id: id})
  RETURN collect([n, reduce(d = '', c IN split(coalesce(n.startDate, ''), '') | d + CASE c WHEN '-' THEN '-' WHEN '' THEN '' ELSE toString(9 - toInteger(c)) END) + '~\u0001' + left(coalesce(n.name, n.title, ''), 200) + '\u0001' + n.id]) AS ends
}
UNWIND $rows AS row
WITH row, ends[row[0]] AS fromEnd, ends[row[1]] AS toEnd
// A row whose end is not in the graph is dropped (and the importer fails the file).
WITH row, fromEnd[0] AS a, toEnd[0] AS b, toEnd[1] AS order
WHERE a IS NOT NULL AND b IS NOT NULL
// Both ends bound: Neo4j walks the relationships of whichever end has fewer and
// compares node identities, reading no property of the other end. A pattern
// comprehension rather than OPTIONAL MATCH and collect: no grouping by row.
WITH row, a, b, order, head([(a)-[x]->(b) WHERE type(x) = $type AND x.key = row[2] | x]) AS old, row[3] AS given
// The stored properties: the record's, and the page key by which the relation
// pages of the busy end (a) are read in order (cypher/relations/outgoing.cypher):
// that end's id, then what orders the other end (b), then type and key.
WITH row, a, b, old, given {.*, pageKey: $ends[row[0]] + '\u0001' + order + '\u0001' + $type + '\u0001' + row[2]} AS props
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
RETURN outcome, count(*) AS count, collect($ends[row[0]] + ' -[' + $type + ']-> ' + $ends[row[1]])[..$maxIds] AS ids
