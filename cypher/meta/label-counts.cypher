// Nodes per label, straight from the count store (a MATCH on a dynamic label
// would scan every node).
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.nodes AS entry
WITH entry WHERE entry.label IS NOT NULL
RETURN entry.label AS label, entry.count AS count
ORDER BY label
