// One (:Migration {id}) node per data migration applied (cypher/migrations/,
// src/db/migrations.apply.ts); without this constraint two servers starting at
// once could each record the same one.
CREATE CONSTRAINT migration_id IF NOT EXISTS
FOR (m:Migration) REQUIRE m.id IS UNIQUE
