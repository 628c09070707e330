// entity_search (010) is superseded by entity_search_v2 (011); a database
// created before 011 loses the old index here, later starts find nothing to drop.
DROP INDEX entity_search IF EXISTS
