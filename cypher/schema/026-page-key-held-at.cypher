// The page key of HELD_AT (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_held_at IF NOT EXISTS
FOR ()-[r:HELD_AT]-() ON (r.pageKey)
