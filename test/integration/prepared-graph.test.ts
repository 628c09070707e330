import { describe, expect, it } from "vitest";
import { fingerprint, holdsPreparedGraph, usePreparedGraph } from "../support/prepared-graph.js";

/** The shared fixture of the analysis tests must notice any graph but its own. */
describe("the prepared graph the analysis tests share", () => {
  const graph = usePreparedGraph();

  it("is recognised by its marker, and not once a node is added or the files differ", async () => {
    const { db, files } = graph();
    const key = fingerprint(files);
    expect(await holdsPreparedGraph(db, key)).toBe(true);
    expect(await holdsPreparedGraph(db, fingerprint(files.slice(1)))).toBe(false);
    try {
      await db.driver.executeQuery("CREATE (:Entity:Member {id: 'member:stray', name: 'Stray', kind: 'country'})", {}, { database: db.name });
      expect(await holdsPreparedGraph(db, key)).toBe(false);
    } finally {
      await db.driver.executeQuery("MATCH (n:Entity {id: 'member:stray'}) DETACH DELETE n", {}, { database: db.name });
    }
    expect(await holdsPreparedGraph(db, key)).toBe(true);
  });
});
