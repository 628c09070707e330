import "vitest";

/** How integration tests reach their Neo4j; filled in by the global set-up. */
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** True when the set-up started a throwaway local Neo4j (false: NEO4J_TEST_URI). */
  local: boolean;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
