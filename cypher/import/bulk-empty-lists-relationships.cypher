// After a bulk load: the empty lists of relationships (row.props: {name: []}),
// which neo4j-admin import cannot write; a relationship is named as the
// importer identifies it, by its ends, type and key.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE type(r) = row.type AND r.key = row.key
SET r += row.props
RETURN count(r) AS changed
