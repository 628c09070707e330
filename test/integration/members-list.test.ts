import { describe, expect, it } from "vitest";
import { MembersPageDocument, MembersWithTotalDocument, type MembersPageQueryVariables } from "../generated/graphql.js";
import { useTestApp } from "../support/app.js";
import { execute } from "../support/graphql.js";

describe("members: a cursor connection with filters", () => {
  const testApp = useTestApp({ seed: true });

  const page = (variables: MembersPageQueryVariables) => execute(testApp(), MembersPageDocument, variables);

  async function walk(variables: MembersPageQueryVariables): Promise<string[]> {
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res = await page({ ...variables, after });
      expect(res.errors).toBeUndefined();
      const p = res.data!.members;
      names.push(...p.edges.map((e) => e.node.name));
      if (!p.pageInfo.hasNextPage) return names;
      after = p.pageInfo.endCursor;
    }
    throw new Error("more than 50 pages");
  }

  it("pages through a region's 35 members without gaps or repeats, in name order, both ways", async () => {
    const asc = await walk({ first: 10, filter: { region: "AP" } });
    expect(asc).toHaveLength(35);
    expect(new Set(asc).size).toBe(35);
    expect(asc).toEqual([...asc].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const desc = await walk({ first: 7, filter: { region: "AP" }, orderBy: "NAME_DESC" });
    expect(desc).toEqual([...asc].reverse());
  });

  it("counts only when totalCount is asked for, in a statement of its own", async () => {
    const without = await page({ first: 5, filter: { region: "MENA" } });
    expect(without.statements).toBe(1);
    const withCount = await execute(testApp(), MembersWithTotalDocument, { first: 5, filter: { region: "MENA" } });
    expect(withCount.data!.members.totalCount).toBe(18);
    expect(withCount.statements).toBe(2);
  });

  it("finds by text in the name or administration name, or by ISO code", async () => {
    const byName = await page({ filter: { text: "japan" } });
    expect(byName.data!.members.edges.map((e) => e.node.id)).toEqual(["member:jpn"]);
    const byAdministration = await page({ filter: { text: "Japan Customs" } });
    expect(byAdministration.data!.members.edges.map((e) => e.node.id)).toEqual(["member:jpn"]);
    const byIso = await page({ filter: { text: "KEN" } });
    expect(byIso.data!.members.edges.map((e) => e.node.id)).toEqual(["member:ken"]);
    const union = await page({ filter: { kind: "union" } });
    expect(union.data!.members.edges.map((e) => e.node.id)).toEqual(["member:european-union"]);
  });

  it("refuses a page over the cap, saying by how much", async () => {
    const res = await page({ first: 101 });
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toBe("first is 101, over the maximum page size of 100 by 1");
  });

  it("refuses a cursor it did not give out, or one from another ordering", async () => {
    const forged = await page({ after: "bm90LWEtY3Vyc29y" });
    expect(forged.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const first = await page({ first: 2 });
    const otherOrder = await page({ after: first.data!.members.pageInfo.endCursor, orderBy: "NAME_DESC" });
    expect(otherOrder.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(otherOrder.errors?.[0]?.message).toMatch(/cursor/);
  });

  it("refuses an unknown region code and takes hostile text as plain text", async () => {
    expect((await page({ filter: { region: "MARS" } })).errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const hostile = await page({ filter: { text: "') MATCH (n) DETACH DELETE n //" } });
    expect(hostile.errors).toBeUndefined();
    expect(hostile.data!.members.edges).toEqual([]);
    expect((await page({ filter: { region: "AP" }, first: 1 })).data!.members.edges).toHaveLength(1);
  });
});
