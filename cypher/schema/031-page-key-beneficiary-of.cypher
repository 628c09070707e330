// The page key of BENEFICIARY_OF (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "from" end) read it in order from here.
CREATE INDEX page_key_beneficiary_of IF NOT EXISTS
FOR ()-[r:BENEFICIARY_OF]-() ON (r.pageKey)
