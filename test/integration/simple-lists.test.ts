import { describe, expect, it } from "vitest";
import { OrganizationsDocument, PersonsDocument, ProgrammesDocument, RegionsDocument, SourcesDocument, type PersonsQuery } from "../generated/graphql.js";
import { useTestApp } from "../support/app.js";
import { execute, type TypedResult } from "../support/graphql.js";

describe("programmes, organizations, persons, sources, resolutions, regions: connections with filters", () => {
  const testApp = useTestApp({ seed: true });

  it("regions: the six, by name, both ways", async () => {
    const asc = await execute(testApp(), RegionsDocument, { first: 10 });
    expect(asc.data!.regions.totalCount).toBe(6);
    const names = asc.data!.regions.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const desc = await execute(testApp(), RegionsDocument, { first: 10, orderBy: "NAME_DESC" });
    expect(desc.data!.regions.edges.map((e) => e.node.name)).toEqual([...names].reverse());
  });

  it("organizations by kind and text; programmes by code text; sources counted", async () => {
    const universities = await execute(testApp(), OrganizationsDocument, { first: 50, filter: { kind: "university", text: "kyoto" } });
    expect(universities.data!.organizations.edges.map((e) => e.node.id)).toEqual(["organization:kyoto-university-graduate-school-of-government"]);
    const salw = await execute(testApp(), ProgrammesDocument, { filter: { text: "salw" } });
    expect(salw.data!.programmes.edges.map((e) => e.node.id)).toContain("programme:salw");
    const sources = await execute(testApp(), SourcesDocument, { first: 1 });
    expect(sources.data!.sources.totalCount).toBe(97);
  });

  it("a kind the label does not have is refused with the label's kinds, never an empty page", async () => {
    const wrongCase = await execute(testApp(), OrganizationsDocument, { first: 5, filter: { kind: "University" } });
    expect(wrongCase.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.kind" });
    // The kinds listed are the model's, written here as seed/FORMAT.md documents them.
    expect(wrongCase.errors?.[0]?.message).toBe(
      'filter.kind "University" is not a kind of Organization (intergovernmental, government, government_agency, university, customs_office, regional_office, ngo, other)',
    );
    const eventKind = await execute(testApp(), ProgrammesDocument, { filter: { kind: "workshop" } });
    expect(eventKind.errors?.[0]?.message).toMatch(/^filter\.kind "workshop" is not a kind of Programme \(programme, sub_programme, project, initiative/);
    const noKinds = await execute(testApp(), PersonsDocument, { first: 5, filter: { kind: "official" } });
    expect(noKinds.errors?.[0]?.message).toBe('filter.kind "official": a Person has no kind to filter on');
  });

  it("persons page to the end without repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res: TypedResult<PersonsQuery> = await execute(testApp(), PersonsDocument, { first: 10, after });
      const page = res.data!.persons;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(37);
    expect(new Set(seen).size).toBe(37);
  });

  it("a cursor from one list is refused by another", async () => {
    const persons = await execute(testApp(), PersonsDocument, { first: 1 });
    const cursor = persons.data!.persons.pageInfo.endCursor;
    const res = await execute(testApp(), SourcesDocument, { after: cursor });
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});
