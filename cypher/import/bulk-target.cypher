// What a database holds besides the data migrations' records (src/db/migrations.apply.ts,
// written again at the next start): the bulk loader replaces the database's files, so it
// loads only a database where this is nothing. Counts come from Neo4j's count store.
CALL () {
  MATCH (n)
  RETURN count(n) AS total
}
CALL () {
  MATCH (m:Migration)
  RETURN count(m) AS migrations
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN total - migrations AS nodes, relationships
