import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";
import { createLogger } from "../../src/logging/logger.js";
import { PICK_MEMBER, pickMember, SHAPES, warmupRequests } from "../../src/warmup/warmup.operations.js";
import { Warmup, type Send } from "../../src/warmup/warmup.service.js";

const logger = createLogger({ level: "silent", format: "json" });
const ok = (body: object = { data: {} }) => ({ status: 200, body: JSON.stringify(body) });
const members = (counts: Record<string, number>) => ok({ data: { members: { edges: Object.entries(counts).map(([id, totalCount]) => ({ node: { id, participations: { totalCount } } })) } } });

describe("the start-up warm-up", () => {
  it("sends only operations the schema accepts (schema/schema.graphql, drift-tested against the code)", () => {
    const schema = buildSchema(readFileSync(join(projectRoot(), "schema", "schema.graphql"), "utf8"));
    for (const query of [PICK_MEMBER, ...Object.values(SHAPES)]) expect(validate(schema, parse(query)).map((e) => e.message), query).toEqual([]);
  });

  it("reads the member with the most participations, and without one reads the lists only", () => {
    expect(pickMember(members({ "member:a": 3, "member:b": 7, "member:c": 7 }).body)).toBe("member:b");
    expect(pickMember(members({}).body)).toBeUndefined();
    expect(warmupRequests("member:b").slice(0, 2)).toEqual([
      { query: SHAPES.member, variables: { id: "member:b" } },
      { query: SHAPES.lookup, variables: { id: "member:b" } },
    ]);
    expect(warmupRequests(undefined).map((r) => r.query)).toEqual([SHAPES.members, SHAPES.events, SHAPES.programmes]);
  });

  it("plans first, then sends every operation, and is done", async () => {
    const sent: string[] = [];
    let planned = false;
    const warmup = new Warmup(logger);
    warmup.begin(async () => {
      planned = true;
    });
    const send: Send = async ({ query, variables }) => {
      sent.push(variables ? `${query} ${JSON.stringify(variables)}` : query);
      return query === PICK_MEMBER ? members({ "member:x": 2 }) : ok();
    };
    await warmup.start(send, 60_000);
    await warmup.settled();
    expect(planned).toBe(true);
    expect(warmup.current).toMatchObject({ state: "done", operations: 7 });
    expect(warmup.released).toBe(true);
    expect(sent).toContain(`${SHAPES.member} {"id":"member:x"}`);
    expect(sent).toContain(`${SHAPES.lookup} {"id":"member:x"}`);
  });

  it("releases readiness at its cap while it goes on, and reports a failure without throwing", async () => {
    let finish: () => void = () => {};
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const warmup = new Warmup(logger);
    // What waits for its end (the projection's build) is asked for before it starts, and runs after it, failed or not.
    const order: string[] = [];
    const afterwards = warmup.whenEnded().then(() => order.push("after the warm-up"));
    warmup.begin(() => slow);
    await warmup.start(() => slow.then(() => ({ status: 500, body: "no" })), 10);
    expect(warmup.released).toBe(true);
    expect(warmup.current.state).toBe("running");
    order.push("released at the cap");
    finish();
    await warmup.settled();
    await afterwards;
    expect(warmup.current.state).toBe("failed");
    expect(order).toEqual(["released at the cap", "after the warm-up"]);
  });
});
