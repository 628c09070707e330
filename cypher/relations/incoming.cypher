// Relationships of the given types arriving at each of $ids, with the entity at the
// other end, one page per parent ($offset, $limit) and the parent's total: the
// batch behind the per-request relation loaders. Newest events first, then by
// name or title.
// One typed branch per relationship type, each skipped unless asked for: a
// typed expansion reads only that type's relationships of a dense node (a
// member's one IN_REGION among its 6,000 participations), where type(r) IN
// $types or a dynamic type plans as an expansion over all of them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    MATCH (n)<-[r:IN_REGION]-(m) WHERE 'IN_REGION' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:PARTICIPATED_IN]-(m) WHERE 'PARTICIPATED_IN' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:ACTIVITY_OF]-(m) WHERE 'ACTIVITY_OF' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:ADDRESSED]-(m) WHERE 'ADDRESSED' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:PART_OF]-(m) WHERE 'PART_OF' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:FUNDED]-(m) WHERE 'FUNDED' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:PARTNER_OF]-(m) WHERE 'PARTNER_OF' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:SPOKE_AT]-(m) WHERE 'SPOKE_AT' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:HOLDS_OFFICE]-(m) WHERE 'HOLDS_OFFICE' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:MARKED]-(m) WHERE 'MARKED' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:ADOPTED_BY]-(m) WHERE 'ADOPTED_BY' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:HELD_AT]-(m) WHERE 'HELD_AT' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:SIGNED]-(m) WHERE 'SIGNED' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:AFFILIATED_WITH]-(m) WHERE 'AFFILIATED_WITH' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:REFERS_TO]-(m) WHERE 'REFERS_TO' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:BASED_ON]-(m) WHERE 'BASED_ON' IN $types RETURN r, m
    UNION ALL
    MATCH (n)<-[r:BENEFICIARY_OF]-(m) WHERE 'BENEFICIARY_OF' IN $types RETURN r, m
  }
  WITH r, m
  WHERE ($role IS NULL OR r.role = $role) AND ($includeSynthetic OR r.synthetic IS NULL)
  WITH collect([r, m, coalesce(m.startDate, '')]) AS related
  // The page in two steps, so only its candidates are read beyond their date:
  // the date of the page's last row (a top-k on that one key), then the rows
  // from that date on, in full order. Ties with that date all stay candidates.
  CALL (related) {
    UNWIND related AS x
    WITH x[2] AS date ORDER BY date DESC SKIP $offset + $limit - 1 LIMIT 1
    RETURN collect(date) AS last
  }
  CALL (related, last) {
    UNWIND related AS x
    WITH x WHERE x[2] >= coalesce(last[0], '')
    WITH x[0] AS r, x[1] AS m
    ORDER BY coalesce(m.startDate, '') DESC, coalesce(m.name, m.title, ''), m.id, type(r), r.key
    SKIP $offset LIMIT $limit
    RETURN collect({type: type(r), props: properties(r), id: m.id, labels: labels(m), nodeProps: properties(m)}) AS rows
  }
  RETURN size(related) AS total, rows
}
RETURN id, total, rows
