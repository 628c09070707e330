// The page key of HOLDS_OFFICE (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_holds_office IF NOT EXISTS
FOR ()-[r:HOLDS_OFFICE]-() ON (r.pageKey)
