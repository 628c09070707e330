// The page key of PART_OF (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "to" end) read it in order from here.
CREATE INDEX page_key_part_of IF NOT EXISTS
FOR ()-[r:PART_OF]-() ON (r.pageKey)
