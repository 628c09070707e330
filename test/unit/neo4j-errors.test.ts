import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { isAuthFailure, isDatabaseNotFound, isUnavailable, safeUri } from "../../src/db/neo4j.errors.js";

const error = (code: string, message = "x") => new Neo4jError(message, code, "50N42", "error: general processing exception");

describe("neo4j error classification", () => {
  it("sees an unreachable database", () => {
    expect(isUnavailable(error("ServiceUnavailable"))).toBe(true);
    expect(isUnavailable(error("SessionExpired"))).toBe(true);
  });

  it("does not call a query error an outage", () => {
    expect(isUnavailable(error("Neo.ClientError.Statement.SyntaxError"))).toBe(false);
    expect(isUnavailable(new Error("ServiceUnavailable"))).toBe(false);
  });

  it("recognises bad credentials and a missing database", () => {
    expect(isAuthFailure(error("Neo.ClientError.Security.Unauthorized"))).toBe(true);
    expect(isDatabaseNotFound(error("Neo.ClientError.Database.DatabaseNotFound"))).toBe(true);
    expect(isAuthFailure(error("ServiceUnavailable"))).toBe(false);
  });

  it("removes credentials from a URI", () => {
    expect(safeUri("neo4j://admin:s3cret@db.example.org:7687")).toBe("neo4j://db.example.org:7687");
    expect(safeUri("bolt://127.0.0.1:7687")).toBe("bolt://127.0.0.1:7687");
    expect(safeUri("not a uri://user:pw@host")).not.toContain("pw");
  });
});
