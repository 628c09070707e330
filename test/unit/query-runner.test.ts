import neo4j, { isInt } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../src/db/plain.js";
import { toNeo4jParams } from "../../src/db/query-runner.js";

describe("values crossing the driver boundary", () => {
  it("sends whole numbers as INTEGER, recursively, and leaves floats and strings", () => {
    const out = toNeo4jParams({ limit: 25, ratio: 0.5, rows: [{ n: 3, s: "3" }] }) as { limit: unknown; ratio: unknown; rows: { n: unknown; s: unknown }[] };
    expect(isInt(out.limit)).toBe(true);
    expect(out.ratio).toBe(0.5);
    expect(isInt(out.rows[0]?.n)).toBe(true);
    expect(out.rows[0]?.s).toBe("3");
  });

  it("leaves driver values alone", () => {
    const date = new neo4j.types.Date(2019, 5, 28);
    expect((toNeo4jParams({ date }) as { date: unknown }).date).toBe(date);
  });

  it("turns temporals into ISO strings and integers into numbers", () => {
    expect(toPlain({ d: new neo4j.types.Date(2019, 5, 28), n: neo4j.int(7), list: [neo4j.int(1)] })).toEqual({ d: "2019-05-28", n: 7, list: [1] });
  });
});
