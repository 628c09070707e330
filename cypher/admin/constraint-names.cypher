// The names of the constraints this database has.
SHOW CONSTRAINTS YIELD name
RETURN name
