// After a bulk load: the empty lists of nodes (row.props: {name: []}), which
// neo4j-admin import cannot write (an empty CSV field means "no property").
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
RETURN count(n) AS changed
