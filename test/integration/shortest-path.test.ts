import { describe, expect, it } from "vitest";
import { ShortestPathDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

describe("shortestPath (on the seed and generated data)", () => {
  const graph = usePreparedGraph();

  it("Japan to Ambassador Yamamoto through the Kyoto conference, each step with its source", async () => {
    const res = await execute(graph().app, ShortestPathDocument, { from: "member:jpn", to: "person:yamamoto" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.shortestPath).toEqual({
      length: 2,
      nodes: [
        { __typename: "Member", id: "member:jpn" },
        { __typename: "Event", id: "event:2019-05-28-wco-asia-pacific-security-conference" },
        { __typename: "Person", id: "person:yamamoto" },
      ],
      steps: [
        { type: "PARTICIPATED_IN", from: "member:jpn", to: "event:2019-05-28-wco-asia-pacific-security-conference", role: "HOST", sources: ["source:wco-news-2019-06-03-kyoto"] },
        { type: "SPOKE_AT", from: "person:yamamoto", to: "event:2019-05-28-wco-asia-pacific-security-conference", role: "REPRESENTED", sources: ["source:wco-news-2019-06-03-kyoto"] },
      ],
    });
  });

  it("respects maxHops and types, null when nothing fits, NOT_FOUND for an unknown end", async () => {
    const app = graph().app;
    expect((await execute(app, ShortestPathDocument, { from: "member:jpn", to: "person:yamamoto", maxHops: 1 })).data!.shortestPath).toBeNull();
    const onlyRegions = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "person:yamamoto", types: ["IN_REGION"] });
    expect(onlyRegions.data!.shortestPath).toBeNull();
    const viaRegion = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "member:kor", types: ["IN_REGION"] });
    expect(viaRegion.data!.shortestPath?.nodes.map((n) => n.id)).toEqual(["member:jpn", "region:ap", "member:kor"]);
    const missing = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "person:nobody" });
    expect(missing.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    expect(missing.errors?.[0]?.message).toContain("person:nobody");
    const tooFar = await execute(app, ShortestPathDocument, { from: "member:jpn", to: "member:kor", maxHops: 9 });
    expect(tooFar.errors?.[0]?.message).toBe("maxHops is 9, over the maximum of 6 by 3");
  });
});
