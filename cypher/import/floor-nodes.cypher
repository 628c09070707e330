// The import benchmark's floor (bench/import-floor.ts): a batch of new nodes of
// one label written with nothing checked or compared, the least Neo4j can do to
// store them. $rows are the nodes' stored properties, id included.
UNWIND $rows AS props
CREATE (n:Entity)
SET n = props, n:$($label)
RETURN count(n) AS written
