// Blocks until every index is online (after schema changes at start-up).
CALL db.awaitIndexes(300)
