import { describe, expect, it } from "vitest";
import { NeighbourhoodDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

describe("neighbourhood (on the seed and generated data)", () => {
  const graph = usePreparedGraph();

  it("the Kyoto conference one hop out, then bounded levels around a busy member", async () => {
    const app = graph().app;
    const kyoto = await execute(app, NeighbourhoodDocument, { id: "event:2019-05-28-wco-asia-pacific-security-conference" });
    expect(kyoto.errors).toBeUndefined();
    const around = kyoto.data!.neighbourhood;
    expect(around.nodes.filter((n) => n.level === 0).map((n) => n.entityId)).toEqual(["event:2019-05-28-wco-asia-pacific-security-conference"]);
    expect(around.nodes.filter((n) => n.level === 1).map((n) => n.entityId)).toEqual(
      expect.arrayContaining(["member:jpn", "organization:wco", "person:yamamoto", "person:motoya-nakae", "programme:apsp"]),
    );
    expect(around.relationships).toContainEqual({ type: "SPOKE_AT", from: "person:yamamoto", to: "event:2019-05-28-wco-asia-pacific-security-conference", role: "REPRESENTED" });

    const deep = await execute(app, NeighbourhoodDocument, { id: "organization:wco", depth: 3, limitPerLevel: 7, includeSynthetic: true });
    const levels = deep.data!.neighbourhood.nodes.map((n) => n.level);
    for (const l of [1, 2, 3]) expect(levels.filter((x) => x === l).length).toBe(7);
    const ids = deep.data!.neighbourhood.nodes.map((n) => n.entityId);
    expect(new Set(ids).size).toBe(ids.length);
    // Every relationship joins two nodes of the answer.
    for (const r of deep.data!.neighbourhood.relationships) expect(ids).toEqual(expect.arrayContaining([r.from, r.to]));
  });

  it("depth and fan-out are capped, an unknown id is NOT_FOUND", async () => {
    const app = graph().app;
    expect((await execute(app, NeighbourhoodDocument, { id: "member:jpn", depth: 4 })).errors?.[0]?.message).toBe("depth is 4, over the maximum of 3 by 1");
    expect((await execute(app, NeighbourhoodDocument, { id: "member:jpn", limitPerLevel: 101 })).errors?.[0]?.message).toBe("limitPerLevel is 101, over the maximum of 100 by 1");
    expect((await execute(app, NeighbourhoodDocument, { id: "member:atlantis" })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });
});
