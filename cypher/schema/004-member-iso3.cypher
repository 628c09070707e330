// Members are often looked up by ISO 3166-1 alpha-3 code.
CREATE INDEX member_iso3 IF NOT EXISTS
FOR (n:Member) ON (n.iso3)
