// Records that a data migration ran on this database, so later starts skip it.
MERGE (m:Migration {id: $id})
SET m.sha256 = $sha256, m.appliedAt = datetime(), m.changed = $changed
