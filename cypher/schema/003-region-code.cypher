// Region codes (ESA, EUR, AP, MENA, AMS, WCA) filter members by region.
CREATE CONSTRAINT region_code IF NOT EXISTS
FOR (n:Region) REQUIRE n.code IS UNIQUE
