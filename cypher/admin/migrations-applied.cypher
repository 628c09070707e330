// The data migrations this database has had (cypher/migrations/), by file name.
MATCH (m:Migration)
RETURN m.id AS id
