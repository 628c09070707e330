// Programmes by code (PGS, SALW...), to check the codes a client asks about.
UNWIND $codes AS code
MATCH (p:Programme {code: code})
RETURN p.id AS id, p.code AS code
