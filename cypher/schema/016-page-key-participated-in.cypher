// The page key of PARTICIPATED_IN (see cypher/relations/outgoing.cypher): the relation
// pages of its busy end (the "from" end) read it in order from here.
CREATE INDEX page_key_participated_in IF NOT EXISTS
FOR ()-[r:PARTICIPATED_IN]-() ON (r.pageKey)
