// The page key of MARKED (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_marked IF NOT EXISTS
FOR ()-[r:MARKED]-() ON (r.pageKey)
