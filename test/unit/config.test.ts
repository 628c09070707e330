import { describe, expect, it } from "vitest";
import { ConfigError, LOCAL_NEO4J_DEFAULT_PASSWORD, loadConfig } from "../../src/config/config.js";

describe("loadConfig", () => {
  it("defaults to the local Neo4j and 127.0.0.1:4000", () => {
    const c = loadConfig({});
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.password).toBe(LOCAL_NEO4J_DEFAULT_PASSWORD);
    expect(c.neo4j.database).toBe("neo4j");
    expect(c).toMatchObject({ host: "127.0.0.1", port: 4000, seedOnEmpty: true });
    expect(c.local).toMatchObject({ boltPort: 7687, httpPort: 7474 });
    expect(c.local.instanceDir).toMatch(/\.neo4j\/dev$/);
  });

  it("uses NEO4J_* for an existing Neo4j, with no default password", () => {
    const c = loadConfig({ NEO4J_URI: "neo4j+s://x.databases.neo4j.io", NEO4J_USERNAME: "u", NEO4J_DATABASE: "graph" });
    expect(c.neo4j).toMatchObject({ uri: "neo4j+s://x.databases.neo4j.io", username: "u", password: "", database: "graph" });
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", PORT: "" }).neo4j.uri).toBeUndefined();
  });

  it("names every invalid variable", () => {
    expect(() => loadConfig({ PORT: "eighty", COOPGRAPH_NEO4J_HEAP: "lots", COOPGRAPH_SEED_ON_EMPTY: "maybe" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "eighty", COOPGRAPH_NEO4J_HEAP: "lots", COOPGRAPH_SEED_ON_EMPTY: "maybe" });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain("PORT");
      expect(message).toContain("COOPGRAPH_NEO4J_HEAP");
      expect(message).toContain("COOPGRAPH_SEED_ON_EMPTY");
    }
  });

  it("keeps an absolute COOPGRAPH_NEO4J_DIR as given", () => {
    expect(loadConfig({ COOPGRAPH_NEO4J_DIR: "/srv/neo4j" }).local.instanceDir).toBe("/srv/neo4j");
  });
});
