import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.js";

describe("entities over GraphQL: node(id), nodes(ids), provenance", () => {
  const testApp = useTestApp({ seed: true });

  const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await testApp().inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query, variables } });
    return res.json() as { data?: Record<string, never>; errors?: { message: string; extensions: { code: string } }[] };
  };

  it("node(id) returns the typed entity with its fields and its sources", async () => {
    const res = await graphql(`{
      node(id: "event:2019-05-28-wco-asia-pacific-security-conference") {
        __typename id
        ... on Event { title startDate endDate city counts { name value qualifier scope } sources { id title publisher published } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const e = (res.data as unknown as { node: Record<string, unknown> }).node;
    expect(e).toMatchObject({ __typename: "Event", title: "WCO Asia/Pacific Security Conference", startDate: "2019-05-28", endDate: "2019-05-30", city: "Kyoto" });
    expect(e.counts).toContainEqual({ name: "delegates", value: 70, qualifier: "over", scope: null });
    expect(e.sources).toContainEqual(expect.objectContaining({ id: "source:wco-news-2019-06-03-kyoto", publisher: "World Customs Organization", published: "2019-06-03" }));
  });

  it("alternatives keep what another source states, with that source", async () => {
    const res = await graphql(`{ node(id: "event:2019-12-11-wco-security-conference-african-perspective") { ... on Entity { alternatives { prop value qualifier sources } } } }`);
    const alternatives = (res.data as unknown as { node: { alternatives: unknown[] } }).node.alternatives;
    expect(alternatives).toContainEqual({ prop: "delegates", value: "160", qualifier: "exactly", sources: ["source:riloap-news-160"] });
  });

  it("nodes(ids) answers in the order asked, null for unknown ids, in one statement for all of them", async () => {
    const res = await testApp().inject({
      method: "POST",
      url: "/graphql",
      headers: { "content-type": "application/json" },
      payload: { query: `{ nodes(ids: ["member:jpn", "member:nowhere", "programme:pgs"]) { id __typename } }` },
    });
    expect(res.json().data.nodes).toEqual([{ id: "member:jpn", __typename: "Member" }, null, { id: "programme:pgs", __typename: "Programme" }]);
  });

  it("an unknown id gives null; a malformed id gives BAD_USER_INPUT naming it", async () => {
    expect((await graphql(`{ node(id: "member:nowhere") { id } }`)).data).toEqual({ node: null });
    const bad = await graphql(`{ node(id: "DROP DATABASE neo4j") { id } }`);
    expect(bad.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain("DROP DATABASE neo4j");
  });
});
