// Which of the given ids already exist in the graph, with their labels.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels
