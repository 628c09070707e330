// The page key of ADDRESSED (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_addressed IF NOT EXISTS
FOR ()-[r:ADDRESSED]-() ON (r.pageKey)
