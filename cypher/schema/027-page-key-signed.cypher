// The page key of SIGNED (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_signed IF NOT EXISTS
FOR ()-[r:SIGNED]-() ON (r.pageKey)
