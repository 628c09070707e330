// Node and relationship totals, read from the count store (no scan). Only
// :Entity nodes count: the graph version and change feed nodes are bookkeeping.
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
