// The page key of ACTIVITY_OF (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_activity_of IF NOT EXISTS
FOR ()-[r:ACTIVITY_OF]-() ON (r.pageKey)
