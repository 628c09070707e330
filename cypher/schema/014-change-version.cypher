// One (:Change) per graph version; the index behind it serves the change feed
// (versions after a given one) and the pruning of changes past retention.
CREATE CONSTRAINT change_version IF NOT EXISTS
FOR (c:Change) REQUIRE c.version IS UNIQUE
