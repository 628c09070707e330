// The page key of PARTNER_OF (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "from" end) read it in order from here.
CREATE INDEX page_key_partner_of IF NOT EXISTS
FOR ()-[r:PARTNER_OF]-() ON (r.pageKey)
