// Full-text search across every label: what a reader looks for (names, titles,
// themes, outcomes, topics, notes, descriptions, count scopes, places); lists
// of strings are indexed item by item. A new name rather than a new definition
// of entity_search: IF NOT EXISTS makes this a no-op once the index exists, so
// later starts neither rebuild it nor keep the old definition.
CREATE FULLTEXT INDEX entity_search_v2 IF NOT EXISTS
FOR (n:Member|Region|Event|Programme|Resolution|Person|Organization|Source)
ON EACH [n.name, n.title, n.administrationName, n.sourceName, n.acronym, n.code, n.shortName, n.aliases, n.description, n.summary, n.place, n.theme, n.outcomes, n.topics, n.delegatesScope, n.participantsScope, n.organizationsScope, n.countriesScope, n.administrationsScope, n.city, n.country, n.venue, n.publisher, n.note]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}
