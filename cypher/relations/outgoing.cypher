// Relationships of the given types leaving each of $ids, with the entity at the
// other end, one page per parent ($offset, $limit), and the parent's total when
// asked ($withTotal): the batch behind the per-request relation loaders. Newest
// events first, then by name or title, then id, type and key.
//
// That order is the page key's (r.pageKey, written by cypher/import/upsert-*):
// the busy end's id, then the other end's start date with its digits reversed
// (so that ascending order is newest first, a missing date last), its name or
// title (first 200 characters), its id, the type and the key, \u0001 between.
// On the busy end of a type (the one that is not its anchor in the model: a
// member's participations, a programme's activities) a branch reads the page
// from that type's index on pageKey, in order, and stops after $offset + $limit
// rows however many the parent has. On the anchor end (few of that type) a
// branch expands them, and the same key is computed from the other end.
// One typed branch per type, each skipped unless asked for (a seek's prefix is
// null then: Neo4j would otherwise filter on $types after the seek, reading a
// busy member's participations when asked for its region). The total is the
// degree, which Neo4j keeps, unless a filter applies.
// The other end's properties are those the operation selects ($nodeProps, read
// by name, padded with '' which no property has) unless $allNodeProps; the
// page key stays out of the relationship's (bookkeeping, and the longest).
// The relationship's properties likewise: those the operation selects
// ($edgeProps, padded alike) unless $allEdgeProps.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, id + '\u0001' AS prefix
CALL (n, prefix) {
  CALL (n, prefix) {
    WITH n WHERE 'IN_REGION' IN $types
    MATCH (n)-[r:IN_REGION]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH prefix, CASE WHEN 'PARTICIPATED_IN' IN $types THEN prefix END AS asked
    MATCH ()-[r:PARTICIPATED_IN]->(m) WHERE r.pageKey STARTS WITH asked AND ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    WITH r, m ORDER BY r.pageKey LIMIT $offset + $limit
    RETURN r, m, substring(r.pageKey, size(prefix)) AS k
    UNION ALL
    WITH n WHERE 'ACTIVITY_OF' IN $types
    MATCH (n)-[r:ACTIVITY_OF]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH n WHERE 'ADDRESSED' IN $types
    MATCH (n)-[r:ADDRESSED]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH n WHERE 'PART_OF' IN $types
    MATCH (n)-[r:PART_OF]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH prefix, CASE WHEN 'FUNDED' IN $types THEN prefix END AS asked
    MATCH ()-[r:FUNDED]->(m) WHERE r.pageKey STARTS WITH asked AND ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    WITH r, m ORDER BY r.pageKey LIMIT $offset + $limit
    RETURN r, m, substring(r.pageKey, size(prefix)) AS k
    UNION ALL
    WITH prefix, CASE WHEN 'PARTNER_OF' IN $types THEN prefix END AS asked
    MATCH ()-[r:PARTNER_OF]->(m) WHERE r.pageKey STARTS WITH asked AND ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    WITH r, m ORDER BY r.pageKey LIMIT $offset + $limit
    RETURN r, m, substring(r.pageKey, size(prefix)) AS k
    UNION ALL
    WITH prefix, CASE WHEN 'SPOKE_AT' IN $types THEN prefix END AS asked
    MATCH ()-[r:SPOKE_AT]->(m) WHERE r.pageKey STARTS WITH asked AND ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    WITH r, m ORDER BY r.pageKey LIMIT $offset + $limit
    RETURN r, m, substring(r.pageKey, size(prefix)) AS k
    UNION ALL
    WITH n WHERE 'HOLDS_OFFICE' IN $types
    MATCH (n)-[r:HOLDS_OFFICE]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH n WHERE 'MARKED' IN $types
    MATCH (n)-[r:MARKED]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH n WHERE 'ADOPTED_BY' IN $types
    MATCH (n)-[r:ADOPTED_BY]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH n WHERE 'HELD_AT' IN $types
    MATCH (n)-[r:HELD_AT]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH n WHERE 'SIGNED' IN $types
    MATCH (n)-[r:SIGNED]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH n WHERE 'AFFILIATED_WITH' IN $types
    MATCH (n)-[r:AFFILIATED_WITH]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH n WHERE 'REFERS_TO' IN $types
    MATCH (n)-[r:REFERS_TO]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH n WHERE 'BASED_ON' IN $types
    MATCH (n)-[r:BASED_ON]->(m) WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    RETURN r, m, null AS k
    UNION ALL
    WITH prefix, CASE WHEN 'BENEFICIARY_OF' IN $types THEN prefix END AS asked
    MATCH ()-[r:BENEFICIARY_OF]->(m) WHERE r.pageKey STARTS WITH asked AND ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
    WITH r, m ORDER BY r.pageKey LIMIT $offset + $limit
    RETURN r, m, substring(r.pageKey, size(prefix)) AS k
  }
  WITH r, m, coalesce(k, reduce(d = '', c IN split(coalesce(m.startDate, ''), '') | d + CASE c WHEN '-' THEN '-' WHEN '' THEN '' ELSE toString(9 - toInteger(c)) END) + '~\u0001' + left(coalesce(m.name, m.title, ''), 200) + '\u0001' + m.id + '\u0001' + type(r) + '\u0001' + coalesce(r.key, '')) AS k
  ORDER BY k SKIP $offset LIMIT $limit
  // Each row a list, read by position (relation.repository.ts): as a map, its seven keys were decoded again for every row.
  RETURN collect([type(r), CASE WHEN $allEdgeProps THEN r {.*, pageKey: null} END, CASE WHEN $allEdgeProps THEN [] ELSE [key IN $edgeProps | r[key]] END, m.id, labels(m), CASE WHEN $allNodeProps THEN properties(m) END, CASE WHEN $allNodeProps THEN [] ELSE [key IN $nodeProps | m[key]] END]) AS rows
}
RETURN n.id AS id, rows, CASE
  WHEN NOT $withTotal THEN null
  WHEN $role IS NULL AND $includeSynthetic THEN 0
    + CASE WHEN 'IN_REGION' IN $types THEN COUNT { (n)-[:IN_REGION]->() } ELSE 0 END
    + CASE WHEN 'PARTICIPATED_IN' IN $types THEN COUNT { (n)-[:PARTICIPATED_IN]->() } ELSE 0 END
    + CASE WHEN 'ACTIVITY_OF' IN $types THEN COUNT { (n)-[:ACTIVITY_OF]->() } ELSE 0 END
    + CASE WHEN 'ADDRESSED' IN $types THEN COUNT { (n)-[:ADDRESSED]->() } ELSE 0 END
    + CASE WHEN 'PART_OF' IN $types THEN COUNT { (n)-[:PART_OF]->() } ELSE 0 END
    + CASE WHEN 'FUNDED' IN $types THEN COUNT { (n)-[:FUNDED]->() } ELSE 0 END
    + CASE WHEN 'PARTNER_OF' IN $types THEN COUNT { (n)-[:PARTNER_OF]->() } ELSE 0 END
    + CASE WHEN 'SPOKE_AT' IN $types THEN COUNT { (n)-[:SPOKE_AT]->() } ELSE 0 END
    + CASE WHEN 'HOLDS_OFFICE' IN $types THEN COUNT { (n)-[:HOLDS_OFFICE]->() } ELSE 0 END
    + CASE WHEN 'MARKED' IN $types THEN COUNT { (n)-[:MARKED]->() } ELSE 0 END
    + CASE WHEN 'ADOPTED_BY' IN $types THEN COUNT { (n)-[:ADOPTED_BY]->() } ELSE 0 END
    + CASE WHEN 'HELD_AT' IN $types THEN COUNT { (n)-[:HELD_AT]->() } ELSE 0 END
    + CASE WHEN 'SIGNED' IN $types THEN COUNT { (n)-[:SIGNED]->() } ELSE 0 END
    + CASE WHEN 'AFFILIATED_WITH' IN $types THEN COUNT { (n)-[:AFFILIATED_WITH]->() } ELSE 0 END
    + CASE WHEN 'REFERS_TO' IN $types THEN COUNT { (n)-[:REFERS_TO]->() } ELSE 0 END
    + CASE WHEN 'BASED_ON' IN $types THEN COUNT { (n)-[:BASED_ON]->() } ELSE 0 END
    + CASE WHEN 'BENEFICIARY_OF' IN $types THEN COUNT { (n)-[:BENEFICIARY_OF]->() } ELSE 0 END
  ELSE COUNT { (n)-[r]->() WHERE type(r) IN $types AND ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL) }
END AS total
