// The actors of the cooperation projection (src/projection): every member and
// organization, with its name and the codes of the regions it is in, and its
// labels and properties as entity/by-ids reads them (the answers' entities).
MATCH (a)
WHERE a:Member OR a:Organization
RETURN a.id AS id, a:Member AS member, a.name AS name, COLLECT { MATCH (a)-[:IN_REGION]->(r:Region) RETURN r.code } AS regions,
       labels(a) AS labels, properties(a) AS props
