// The page key of SPOKE_AT (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "from" end) read it in order from here.
CREATE INDEX page_key_spoke_at IF NOT EXISTS
FOR ()-[r:SPOKE_AT]-() ON (r.pageKey)
