// The topology projection (src/topology): every entity with the relationships
// leaving it, as [type, the other end's id, synthetic]. One row per entity keeps
// the rows few at large scale (two million relationships).
MATCH (a:Entity)
RETURN a.id AS id,
       COLLECT {
         MATCH (a)-[r]->(b:Entity)
         RETURN [type(r), b.id, r.synthetic IS NOT NULL]
       } AS out
