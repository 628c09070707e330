// The page key of IN_REGION (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_in_region IF NOT EXISTS
FOR ()-[r:IN_REGION]-() ON (r.pageKey)
