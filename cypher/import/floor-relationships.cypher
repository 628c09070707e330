// The import benchmark's floor (bench/import-floor.ts): a batch of new
// relationships of one type written with nothing checked or compared, each end
// looked up once per batch. A row is [position of its from end in $ends,
// position of its to end, stored properties with the page key]. An end that is
// not in the graph is a null node, which CREATE refuses: the batch fails whole.
CALL () {
  UNWIND $ends AS id
  OPTIONAL MATCH (n:Entity {id: id})
  RETURN collect([n]) AS nodes
}
UNWIND $rows AS row
WITH nodes[row[0]][0] AS a, nodes[row[1]][0] AS b, row[2] AS props
CREATE (a)-[r:$($type)]->(b)
SET r = props
RETURN count(r) AS written
