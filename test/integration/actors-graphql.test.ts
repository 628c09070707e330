import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.js";

/** The model additions of "the graph tells the whole truth" as GraphQL returns them on the seed. */
describe("affiliations, split counts and scoped alternatives over GraphQL", () => {
  const testApp = useTestApp({ seed: true });

  const graphql = async <T>(query: string): Promise<T> => {
    const res = await testApp().inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query } });
    const body = res.json() as { data?: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };

  it("Member.affiliates and Organization.affiliations, with role and uncertainty; Organization.countryIso3", async () => {
    const data = await graphql<{ jpn: { affiliates: { edges: { type: string; role: string; uncertain: boolean; node: { id: string } }[] } }; kobe: { countryIso3: string; affiliations: { edges: { role: string; node: { id: string } }[] } } }>(`{
      jpn: node(id: "member:jpn") { ... on Member { affiliates(first: 10) { edges { type role uncertain node { id } } } } }
      kobe: node(id: "organization:kobe-customs") { ... on Organization { countryIso3 affiliations { edges { role node { id } } } } }
    }`);
    const edges = data.jpn.affiliates.edges.map((e) => `${e.type} ${e.role} ${e.node.id} ${e.uncertain}`).sort();
    expect(edges).toEqual([
      "AFFILIATED_WITH ADMINISTRATION organization:customs-and-tariff-bureau-japan true",
      "AFFILIATED_WITH GOVERNMENT organization:government-of-japan false",
      "AFFILIATED_WITH UNIT organization:kobe-customs true",
    ]);
    expect(data.kobe).toEqual({ countryIso3: "JPN", affiliations: { edges: [{ role: "UNIT", node: { id: "member:jpn" } }] } });
  });

  it("Event.counts: the parts the source gives, and their sum marked as not stated", async () => {
    const data = await graphql<{ node: { counts: unknown[] } }>(`{
      node(id: "event:2022-10-12-api-pnr-contact-committee-16th-session") { ... on Event { counts { name value valueStated qualifier parts { attendance value qualifier } } } }
    }`);
    expect(data.node.counts).toEqual([
      {
        name: "participants",
        value: 136,
        valueStated: false,
        qualifier: "exactly",
        parts: [
          { attendance: "in_person", value: 24, qualifier: "exactly" },
          { attendance: "online", value: 112, qualifier: "exactly" },
        ],
      },
    ]);
  });

  it("Alternative.scope", async () => {
    const data = await graphql<{ node: { alternatives: unknown[] } }>(`{
      node(id: "event:2019-12-11-wco-security-conference-african-perspective") { ... on Entity { alternatives { prop value qualifier scope sources } } }
    }`);
    expect(data.node.alternatives).toContainEqual({ prop: "countries", value: "62", qualifier: "exactly", scope: "countries", sources: ["source:riloap-news-160"] });
  });

  it("Programme.beneficiaries, Programme.basedOn and Resolution.references", async () => {
    const data = await graphql<{ cac: { beneficiaries: { totalCount: number } }; stce: { basedOn: { edges: { role: string; node: { id: string } }[] } }; pc: { references: { totalCount: number } } }>(`{
      cac: node(id: "programme:central-asia-caucasus-sp") { ... on Programme { beneficiaries { totalCount } } }
      stce: node(id: "programme:stce") { ... on Programme { basedOn { edges { role node { id } } } } }
      pc: node(id: "resolution:punta-cana-resolution") { ... on Resolution { references { totalCount } } }
    }`);
    expect(data.cac.beneficiaries.totalCount).toBe(8);
    expect(data.stce.basedOn.edges).toEqual([{ role: "IMPLEMENTS", node: { id: "resolution:unscr-1540" } }]);
    expect(data.pc.references.totalCount).toBe(3);
  });
});
