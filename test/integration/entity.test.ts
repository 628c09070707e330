import { describe, expect, it } from "vitest";
import { NodeByIdDocument, NodesByIdsDocument } from "../generated/graphql.js";
import { useTestApp } from "../support/app.js";
import { execute } from "../support/graphql.js";

describe("entities over GraphQL: node(id), nodes(ids), provenance", () => {
  const testApp = useTestApp({ seed: true });

  it("node(id) returns the typed entity with its fields and its sources", async () => {
    const res = await execute(testApp(), NodeByIdDocument, { id: "event:2019-05-28-wco-asia-pacific-security-conference" });
    expect(res.errors).toBeUndefined();
    const e = res.data!.node as Extract<NonNullable<NonNullable<typeof res.data>["node"]>, { __typename: "Event" }>;
    expect(e).toMatchObject({ __typename: "Event", title: "WCO Asia/Pacific Security Conference", startDate: "2019-05-28", endDate: "2019-05-30", city: "Kyoto" });
    expect(e.counts).toContainEqual({ name: "delegates", value: 70, qualifier: "over", scope: null });
    expect(e.sources).toContainEqual(expect.objectContaining({ id: "source:wco-news-2019-06-03-kyoto", publisher: "World Customs Organization", published: "2019-06-03" }));
  });

  it("alternatives keep what another source states, with that source", async () => {
    const res = await execute(testApp(), NodeByIdDocument, { id: "event:2019-12-11-wco-security-conference-african-perspective" });
    const alternatives = (res.data!.node as { alternatives: unknown[] }).alternatives;
    expect(alternatives).toContainEqual({ prop: "delegates", value: "160", qualifier: "exactly", sources: ["source:riloap-news-160"] });
  });

  it("nodes(ids) answers in the order asked, null for unknown ids, in one statement for all of them", async () => {
    const res = await execute(testApp(), NodesByIdsDocument, { ids: ["member:jpn", "member:nowhere", "programme:pgs"] });
    expect(res.data!.nodes).toEqual([{ id: "member:jpn", __typename: "Member" }, null, { id: "programme:pgs", __typename: "Programme" }]);
  });

  it("an unknown id gives null; a malformed id gives BAD_USER_INPUT naming it", async () => {
    expect((await execute(testApp(), NodeByIdDocument, { id: "member:nowhere" })).data).toEqual({ node: null });
    const bad = await execute(testApp(), NodeByIdDocument, { id: "DROP DATABASE neo4j" });
    expect(bad.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain("DROP DATABASE neo4j");
  });
});
