// The page key of AFFILIATED_WITH (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_affiliated_with IF NOT EXISTS
FOR ()-[r:AFFILIATED_WITH]-() ON (r.pageKey)
