// Lists of members are ordered and filtered by name.
CREATE INDEX member_name IF NOT EXISTS
FOR (n:Member) ON (n.name)
