// How many entities the graph holds (0 means: load the seed).
MATCH (n:Entity)
RETURN count(n) AS count
