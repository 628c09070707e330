// Every node of the graph also carries :Entity, so one unique index serves
// node(id), relationship endpoints on import and paths between any two entities.
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE
