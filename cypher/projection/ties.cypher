// The AFFILIATED_WITH ties of the cooperation projection (src/projection): an
// organization that folds into a member (docs/data.md#one-actor-one-place).
MATCH (o:Organization)-[f:AFFILIATED_WITH]->(m:Member)
RETURN elementId(f) AS key, o.id AS organizationId, m.id AS memberId, f.role AS role,
       f.synthetic IS NOT NULL AS synthetic, coalesce(f.uncertain, false) AS uncertain, f.uncertainty AS uncertainty
