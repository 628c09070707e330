// The graph version: one lookup through the graph_version_id constraint. 0 for
// a graph that coopgraph has never written to.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN coalesce(g.version, 0) AS version
