// The shortest chain of relationships between two entities, in either direction,
// at most $maxHops long (the service caps it at 6, the bound written here),
// optionally only through the given relationship types, and through synthetic
// data only when asked. No row when there is no such path. The predicates sit
// inside the quantified pattern, so the search applies them as it expands
// instead of enumerating every path and filtering afterwards.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)(()-[r]-() WHERE ($types IS NULL OR type(r) IN $types)
                                     AND ($includeSynthetic OR r.synthetic IS NULL)){1,6}(b)
WHERE length(p) <= $maxHops
// The entities along the path come along, so the API answers without a second statement.
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [n IN nodes(p) | {id: n.id, labels: labels(n), props: properties(n)}] AS entities,
       [rel IN relationships(p) | {
          type: type(rel), from: startNode(rel).id, to: endNode(rel).id,
          role: rel.role, title: rel.title, sources: coalesce(rel.sources, []),
          uncertain: coalesce(rel.uncertain, false), uncertainty: rel.uncertainty
       }] AS steps
