import { describe, expect, it } from "vitest";
import { SearchDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

describe("search (on the seed and generated data)", () => {
  const graph = usePreparedGraph();

  it("finds entities across labels by their words, best first, without synthetic data", async () => {
    const app = graph().app;
    const pgs = await execute(app, SearchDocument, { text: "Global Shield", labels: ["Programme"] });
    expect(pgs.errors).toBeUndefined();
    expect(pgs.data!.search[0]?.node).toEqual({ __typename: "Programme", id: "programme:pgs" });
    const kyoto = await execute(app, SearchDocument, { text: "Kyo" });
    expect(kyoto.data!.search.map((h) => h.node.id)).toContain("event:2019-05-28-wco-asia-pacific-security-conference");
    const scores = kyoto.data!.search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Synthetic events are titled "... (synthetic N)"; they stay out unless asked for.
    expect((await execute(app, SearchDocument, { text: "synthetic" })).data!.search.filter((h) => h.node.id.includes(":syn-"))).toEqual([]);
  });

  it("takes Lucene syntax and hostile text as words, and refuses an unknown label", async () => {
    const app = graph().app;
    for (const text of ['"unbalanced', "a:b OR (c", "*", "') MATCH (n) DETACH DELETE n //"]) {
      const res = await execute(app, SearchDocument, { text });
      expect(res.errors).toBeUndefined();
    }
    const bad = await execute(app, SearchDocument, { text: "japan", labels: ["Planet"] });
    expect(bad.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});
