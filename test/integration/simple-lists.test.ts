import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.js";

describe("programmes, organizations, persons, sources, resolutions, regions: connections with filters", () => {
  const testApp = useTestApp({ seed: true });

  const gql = async (query: string) => {
    const res = await testApp().inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query } });
    return res.json() as { data?: Record<string, { totalCount?: number; edges: { node: Record<string, string> }[]; pageInfo?: { hasNextPage: boolean; endCursor: string } }>; errors?: { message: string; extensions: { code: string } }[] };
  };

  it("regions: the six, by name, both ways", async () => {
    const asc = await gql(`{ regions(first: 10) { totalCount edges { node { code name } } } }`);
    expect(asc.data!.regions!.totalCount).toBe(6);
    const names = asc.data!.regions!.edges.map((e) => e.node.name!);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const desc = await gql(`{ regions(first: 10, orderBy: NAME_DESC) { edges { node { name } } } }`);
    expect(desc.data!.regions!.edges.map((e) => e.node.name)).toEqual([...names].reverse());
  });

  it("organizations by kind and text; programmes by code text; sources counted", async () => {
    const universities = await gql(`{ organizations(first: 50, filter: { kind: "university", text: "kyoto" }) { edges { node { id } } } }`);
    expect(universities.data!.organizations!.edges.map((e) => e.node.id)).toEqual(["organization:kyoto-university-graduate-school-of-government"]);
    const salw = await gql(`{ programmes(filter: { text: "salw" }) { edges { node { id } } } }`);
    expect(salw.data!.programmes!.edges.map((e) => e.node.id)).toContain("programme:salw");
    const sources = await gql(`{ sources(first: 1) { totalCount } }`);
    expect(sources.data!.sources!.totalCount).toBe(97);
  });

  it("persons page to the end without repeats", async () => {
    const seen: string[] = [];
    let after = "";
    for (let i = 0; i < 20; i++) {
      const res = await gql(`{ persons(first: 10${after ? `, after: "${after}"` : ""}) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
      const page = res.data!.persons!;
      seen.push(...page.edges.map((e) => e.node.id!));
      if (!page.pageInfo!.hasNextPage) break;
      after = page.pageInfo!.endCursor;
    }
    expect(seen).toHaveLength(37);
    expect(new Set(seen).size).toBe(37);
  });

  it("a cursor from one list is refused by another", async () => {
    const persons = await gql(`{ persons(first: 1) { pageInfo { endCursor } } }`);
    const cursor = persons.data!.persons!.pageInfo!.endCursor;
    const res = await gql(`{ sources(after: "${cursor}") { edges { node { id } } } }`);
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});
