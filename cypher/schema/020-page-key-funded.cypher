// The page key of FUNDED (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "from" end) read it in order from here.
CREATE INDEX page_key_funded IF NOT EXISTS
FOR ()-[r:FUNDED]-() ON (r.pageKey)
