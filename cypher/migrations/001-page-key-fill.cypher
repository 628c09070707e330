// Gives every relationship without one its page key (cypher/relations/outgoing.cypher):
// relationships written before page keys existed, or around the importer. The
// key is the importer's (cypher/import/upsert-relationships-*), for the busy end
// of each type: the "from" end of PARTICIPATED_IN, FUNDED, PARTNER_OF, SPOKE_AT
// and BENEFICIARY_OF, whose anchor is "to"; the "to" end of every other type.
// It reads every relationship, so it runs once per database (src/db/migrations.apply.ts),
// and again only when asked: npm run db:migrate -- --again page-key-fill.
MATCH (a)-[r]->(b)
WHERE r.pageKey IS NULL
WITH r, CASE WHEN type(r) IN ['PARTICIPATED_IN', 'FUNDED', 'PARTNER_OF', 'SPOKE_AT', 'BENEFICIARY_OF'] THEN [a, b] ELSE [b, a] END AS ends
WITH r, ends[0] AS busy, ends[1] AS m
SET r.pageKey = busy.id + '\u0001' + reduce(d = '', c IN split(coalesce(m.startDate, ''), '') | d + CASE c WHEN '-' THEN '-' WHEN '' THEN '' ELSE toString(9 - toInteger(c)) END) + '~\u0001' + left(coalesce(m.name, m.title, ''), 200) + '\u0001' + m.id + '\u0001' + type(r) + '\u0001' + coalesce(r.key, '')
RETURN count(r) AS changed
