// Advances the graph version and records what one write changed, as the last
// statement of that write's own transaction: a rolled-back write records nothing.
// The lock is taken before the version is read, so concurrent writers take
// turns here and hold it until commit: versions commit in order, none is lost,
// and a reader that sees version v also sees every change up to v.
// Changes older than the newest $retain are dropped (bounded retention).
// A new GraphVersion (first write, or after the graph was emptied) starts a new
// history: caches keyed by version (cypher/projection/stamp.cypher) never mix two.
MERGE (g:GraphVersion {id: 'graph'})
  ON CREATE SET g.version = 0, g.history = randomUUID()
SET g.`_lock` = true
REMOVE g.`_lock`
SET g.version = g.version + 1
CREATE (:Change {
  version: g.version, at: datetime(), actor: $actor, origin: $origin,
  created: $created, updated: $updated,
  relationshipsCreated: $relationshipsCreated, relationshipsUpdated: $relationshipsUpdated,
  createdCount: $createdCount, updatedCount: $updatedCount,
  relationshipsCreatedCount: $relationshipsCreatedCount, relationshipsUpdatedCount: $relationshipsUpdatedCount
})
WITH g
CALL (g) {
  MATCH (old:Change) WHERE old.version <= g.version - $retain
  WITH old LIMIT 10000
  DELETE old
}
RETURN g.version AS version
