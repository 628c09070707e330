// Removes up to $limit nodes and their relationships; repeated until it returns 0,
// so that wiping a large graph never needs one huge transaction.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
