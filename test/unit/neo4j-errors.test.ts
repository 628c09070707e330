import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { isAuthFailure, isDatabaseNotFound, isMemoryLimit, isUnavailable, safeUri } from "../../src/db/neo4j.errors.js";

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

  it("tells a transaction stopped at Neo4j's memory limit from an outage (as Neo4j 5.26 reports it)", () => {
    const refused = error("Neo.TransientError.General.MemoryPoolOutOfMemoryError", "The allocation of an extra 5.7 MiB would use more than the limit 1.4 GiB. Currently using 1.4 GiB. dbms.memory.transaction.total.max threshold reached");
    expect(isMemoryLimit(refused)).toBe(true);
    expect(isUnavailable(refused)).toBe(false);
    expect(isMemoryLimit(error("Neo.ClientError.Statement.SyntaxError"))).toBe(false);
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
