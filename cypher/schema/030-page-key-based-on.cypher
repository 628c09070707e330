// The page key of BASED_ON (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_based_on IF NOT EXISTS
FOR ()-[r:BASED_ON]-() ON (r.pageKey)
