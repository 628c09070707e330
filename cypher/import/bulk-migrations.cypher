// The data migrations this (empty) database has recorded (cypher/admin/migration-record.cypher),
// for the bulk loader to carry into the database it writes: they ran on this database
// with nothing to change, and the loaded relationships carry their page keys already.
MATCH (m:Migration)
RETURN m.id AS id, m.sha256 AS sha256, toString(m.appliedAt) AS appliedAt, m.changed AS changed
ORDER BY id
