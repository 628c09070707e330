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

  it("reads the operators' settings, all off or closed by default", () => {
    expect(loadConfig({}).ops).toEqual({
      corsOrigins: [],
      rateLimit: { max: 0, windowMs: 60_000 },
      metrics: "loopback",
      tracing: { enabled: false, endpoint: "http://127.0.0.1:4318", serviceName: "coopgraph" },
      changes: { retention: 10_000, pollMs: 1_000 },
      cacheControl: "private, no-cache",
    });
    const c = loadConfig({
      COOPGRAPH_CORS_ORIGINS: "https://dash.example.org, http://localhost:5173/",
      COOPGRAPH_RATE_LIMIT: "100",
      COOPGRAPH_METRICS: "open",
      COOPGRAPH_TRACING: "true",
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318",
    });
    expect(c.ops).toMatchObject({ corsOrigins: ["https://dash.example.org", "http://localhost:5173"], rateLimit: { max: 100 }, metrics: "open", tracing: { enabled: true, endpoint: "http://collector:4318" } });
    expect(loadConfig({ COOPGRAPH_CORS_ORIGINS: "*" }).ops.corsOrigins).toBe("*");
  });

  it("reads the change feed's retention and poll interval, and the Cache-Control of cacheable reads", () => {
    const c = loadConfig({ COOPGRAPH_CHANGE_RETENTION: "500", COOPGRAPH_CHANGE_POLL_MS: "250", COOPGRAPH_CACHE_CONTROL: "private, max-age=30" });
    expect(c.ops).toMatchObject({ changes: { retention: 500, pollMs: 250 }, cacheControl: "private, max-age=30" });
    expect(() => loadConfig({ COOPGRAPH_CHANGE_POLL_MS: "10" })).toThrow(/COOPGRAPH_CHANGE_POLL_MS/);
  });

  it.each([["https://dash.example.org/app"], ["dash.example.org"], ["*, https://a.example"], ["ftp://a.example"]])(
    "stops start-up on COOPGRAPH_CORS_ORIGINS=%s, naming the variable",
    (value) => {
      expect(() => loadConfig({ COOPGRAPH_CORS_ORIGINS: value })).toThrow(/COOPGRAPH_CORS_ORIGINS: .*is not an origin/);
    },
  );
});
