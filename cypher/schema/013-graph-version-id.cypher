// One (:GraphVersion {id: 'graph'}) node holds the graph version; without this
// constraint two first writes racing through MERGE could each create one.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS
FOR (g:GraphVersion) REQUIRE g.id IS UNIQUE
