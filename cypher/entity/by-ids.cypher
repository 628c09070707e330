// Entities by id, for the per-request DataLoader: one statement per batch of ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
