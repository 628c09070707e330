// The page key of ADOPTED_BY (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_adopted_by IF NOT EXISTS
FOR ()-[r:ADOPTED_BY]-() ON (r.pageKey)
