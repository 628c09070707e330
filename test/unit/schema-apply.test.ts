import { describe, expect, it } from "vitest";
import { readCypherFile } from "../../src/db/cypher.registry.js";
import { pendingSchemaStatements, schemaAction, schemaStatements } from "../../src/db/schema.apply.js";

// Start-up sends only the schema statements that would change something (src/db/schema.apply.ts).
describe("schema statements at start-up", () => {
  const statements = schemaStatements();
  const names = (qs: { name: string }[]) => qs.map((q) => q.name.replace("schema/", ""));

  it("every cypher/schema file creates or drops one named index or constraint, so a start can tell whether to send it", () => {
    const unrecognised = statements.filter((q) => !schemaAction(readCypherFile(q.name))).map((q) => q.name);
    expect(unrecognised).toEqual([]);
  });

  it("reads the name and the action, comments aside", () => {
    expect(schemaAction("// CREATE INDEX nope IF NOT EXISTS\nCREATE FULLTEXT INDEX entity_search_v2 IF NOT EXISTS\nFOR (n:Entity) ON EACH [n.name]")).toEqual({ action: "create", name: "entity_search_v2" });
    expect(schemaAction("CREATE CONSTRAINT entity_id IF NOT EXISTS\nFOR (n:Entity) REQUIRE n.id IS UNIQUE")).toEqual({ action: "create", name: "entity_id" });
    expect(schemaAction("DROP INDEX entity_search IF EXISTS")).toEqual({ action: "drop", name: "entity_search" });
    expect(schemaAction("CREATE INDEX no_guard FOR (n:Entity) ON (n.x)")).toBeUndefined();
    expect(schemaAction("MATCH (n) SET n.x = 1")).toBeUndefined();
  });

  it("on an empty database: everything but the full-text index that 012 drops again (010 and 012 change nothing)", () => {
    const pending = names(pendingSchemaStatements(statements, new Set()));
    expect(pending).not.toContain("010-entity-search");
    expect(pending).not.toContain("012-drop-entity-search");
    expect(pending).toEqual(names(statements).filter((n) => n !== "010-entity-search" && n !== "012-drop-entity-search"));
  });

  it("on a database that has all of it: nothing", () => {
    const all = new Set(statements.map((q) => schemaAction(q.text)).filter((a) => a?.action === "create" && a.name !== "entity_search").map((a) => a!.name));
    expect(pendingSchemaStatements(statements, all)).toEqual([]);
  });

  it("on a database from before 011: the new full-text index is created and the old one dropped", () => {
    const before011 = new Set(statements.filter((q) => q.name < "schema/011").map((q) => schemaAction(q.text)!.name));
    expect(names(pendingSchemaStatements(statements, before011)).filter((n) => n < "013")).toEqual(["011-entity-search-v2", "012-drop-entity-search"]);
  });
});
