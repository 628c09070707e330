// Programme codes (PGS, SALW, STCE...) are how clients name programmes.
CREATE CONSTRAINT programme_code IF NOT EXISTS
FOR (n:Programme) REQUIRE n.code IS UNIQUE
