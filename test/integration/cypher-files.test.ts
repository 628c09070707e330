import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { allQueries } from "../../src/db/query-catalog.js";
import { cypherStatements } from "../support/cypher-files.js";
import { openTestDatabase } from "../support/db.js";

describe("cypher/ files", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it("are all registered, and every registered query has its file", () => {
    const registered = allQueries().map((q) => q.name).sort();
    expect(registered).toEqual(cypherStatements().map((f) => f.name).sort());
  });

  // Neo4j plans each statement without running it: a syntax error, an unknown
  // function or a wrong procedure fails here rather than in a request.
  for (const query of allQueries()) {
    it(`EXPLAIN cypher/${query.name}`, async () => {
      const session = db.driver.session({ database: db.name });
      try {
        const result = await session.run(`EXPLAIN ${query.text}`);
        expect(result.summary.plan).toBeTruthy();
      } finally {
        await session.close();
      }
    });
  }
});
