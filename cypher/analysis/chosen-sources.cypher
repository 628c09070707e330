// The sources a provenance filter chooses (src/analysis/analysis.provenance.ts):
// those with one of the ids given, and every source of one of the publishers
// given ($publishers already trimmed and lower-cased: a publisher is compared
// whole, case aside). The service names the ids and publishers that matched nothing.
MATCH (s:Source)
WHERE s.id IN $ids OR toLower(trim(s.publisher)) IN $publishers
RETURN s.id AS id, s.publisher AS publisher
