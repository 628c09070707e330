// What the cooperation projection (src/projection) is keyed by: the graph
// version and the history it belongs to. Emptying the graph removes the
// GraphVersion node, and the next write starts a new history with a new id,
// so a version number reached again after a reset never names stale data.
OPTIONAL MATCH (g:GraphVersion {id: 'graph'})
RETURN coalesce(g.version, 0) AS version, coalesce(g.history, '') AS history
