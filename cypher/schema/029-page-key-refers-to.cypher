// The page key of REFERS_TO (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_refers_to IF NOT EXISTS
FOR ()-[r:REFERS_TO]-() ON (r.pageKey)
