// Full-text search across every label: names, titles, acronyms, codes, places.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Member|Region|Event|Programme|Resolution|Person|Organization|Source)
ON EACH [n.name, n.title, n.administrationName, n.sourceName, n.acronym, n.code, n.description, n.city, n.country, n.venue, n.publisher]
