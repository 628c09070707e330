// The programmes of the cooperation projection (src/projection): each code with
// its programme's id, so an answer by programme code names the programme.
MATCH (p:Programme)
WHERE p.code IS NOT NULL
RETURN p.code AS code, p.id AS id
