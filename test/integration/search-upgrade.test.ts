import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminQueries } from "../../src/db/admin.queries.js";
import type { Database } from "../../src/db/database.js";
import { applySchema, schemaStatements } from "../../src/db/schema.apply.js";
import { seedIfEmpty } from "../../src/seed/seed.loader.js";
import { buildApp } from "../../src/server.js";
import { SearchFactsDocument } from "../generated/graphql.js";
import { openTestDatabase, resetGraph, silentLogger } from "../support/db.js";
import { execute } from "../support/graphql.js";

const KYOTO = "event:2019-05-28-wco-asia-pacific-security-conference";

/**
 * A database made before the search covered outcomes, themes and notes (schema
 * files up to 010: index entity_search) gets the new index at the next start,
 * which applies every cypher/schema file in order; the start after that
 * changes nothing (the index is not rebuilt).
 */
describe("search on a database that has the old full-text index", () => {
  let db: Database;

  const run = async (statement: string) => {
    const session = db.driver.session({ database: db.name });
    try {
      return (await session.run(statement)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  const searchIndexes = async () =>
    (await run("SHOW FULLTEXT INDEXES YIELD id, name, properties WHERE name STARTS WITH 'entity_search' RETURN id, name, properties ORDER BY name")) as {
      id: unknown;
      name: string;
      properties: string[];
    }[];

  beforeAll(async () => {
    db = await openTestDatabase();
    await resetGraph(db.runner);
    // Back to the old schema: no entity_search_v2, the released files up to 010 applied.
    await run("DROP INDEX entity_search_v2 IF EXISTS");
    for (const statement of schemaStatements().filter((q) => q.name <= "schema/010-entity-search")) await db.runner.run(statement);
    await db.runner.run(AdminQueries.awaitIndexes, {}, { timeoutMs: 300_000 });
    await seedIfEmpty(db.runner, silentLogger);
  });
  afterAll(async () => {
    // Whatever happened, leave the current schema for the next test file.
    await applySchema(db.runner, silentLogger);
    await db.close();
  });

  it("starts from the old index, which holds no outcomes", async () => {
    const indexes = await searchIndexes();
    expect(indexes.map((i) => i.name)).toEqual(["entity_search"]);
    expect(indexes[0]!.properties).not.toContain("outcomes");
    const hits = await run("CALL db.index.fulltext.queryNodes('entity_search', '+smart +borders') YIELD node RETURN node.id AS id");
    expect(hits.map((h) => h.id)).not.toContain(KYOTO);
  });

  it("gets the new index at start, and search finds the Kyoto conference by its outcomes", async () => {
    await applySchema(db.runner, silentLogger);
    const indexes = await searchIndexes();
    expect(indexes.map((i) => i.name)).toEqual(["entity_search_v2"]);
    expect(indexes[0]!.properties).toEqual(expect.arrayContaining(["outcomes", "topics", "theme", "note", "description", "delegatesScope"]));

    const app = await buildApp({ db, logger: silentLogger });
    try {
      const res = await execute(app, SearchFactsDocument, { text: "SMART borders", first: 100 });
      expect(res.errors).toBeUndefined();
      const kyoto = res.data!.search.find((h) => h.node.id === KYOTO);
      expect(kyoto?.matches.map((m) => m.field)).toEqual(["outcomes"]);
    } finally {
      await app.close();
    }
  });

  it("leaves the new index alone at the next start (not dropped, not rebuilt)", async () => {
    const before = await searchIndexes();
    await applySchema(db.runner, silentLogger);
    expect(await searchIndexes()).toEqual(before);
  });
});
