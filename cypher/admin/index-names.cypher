// The names of the indexes this database has (constraints' own indexes among them).
SHOW INDEXES YIELD name
RETURN name
