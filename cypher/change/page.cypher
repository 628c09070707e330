// Up to $limit changes after version $since, oldest first, with the current
// version and the oldest change still kept (older ones were pruned).
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
CALL () {
  MATCH (c:Change) WHERE c.version > 0
  RETURN min(c.version) AS oldest
}
CALL () {
  MATCH (c:Change) WHERE c.version > $since
  WITH c ORDER BY c.version LIMIT $limit
  RETURN collect(c {.*, at: toString(c.at)}) AS changes
}
RETURN coalesce(g.version, 0) AS version, oldest, changes
