// Nodes per label, straight from the count store (a MATCH on a dynamic label
// would scan every node). The change feed's and the data migrations' labels are bookkeeping, not data.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.nodes AS entry
WITH entry WHERE entry.label IS NOT NULL AND NOT entry.label IN ['GraphVersion', 'Change', 'Migration']
RETURN entry.label AS label, entry.count AS count
ORDER BY label
