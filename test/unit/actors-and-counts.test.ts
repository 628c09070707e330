import { describe, expect, it } from "vitest";
import { toEntity } from "../../src/entity/entity.model.js";
import { parseImportLines } from "../../src/import/import.reader.js";
import { monthDay } from "../../src/model/model.values.js";
import { event, member, rel, source, SRC } from "../support/records.js";

const parse = (...records: unknown[]) => parseImportLines("/data/test.jsonl", records.map((r) => JSON.stringify(r)));
const org = (slug: string, props: Record<string, unknown> = {}) => ({
  kind: "node",
  label: "Organization",
  id: `organization:${slug}`,
  props: { name: slug, kind: "government_agency", ...props },
  sources: [SRC],
});

describe("organizations tied to members (AFFILIATED_WITH)", () => {
  it("accepts an organization with its country's ISO3 code tied to a member by role", async () => {
    const f = await parse(source(), member("usa", { iso3: "USA" }), org("us-cbp", { country: "United States", countryIso3: "USA" }), rel("AFFILIATED_WITH", "organization:us-cbp", "member:usa", { role: "ADMINISTRATION", uncertain: true, uncertainty: "not stated" }));
    expect(f.issues).toEqual([]);
    expect(f.rels[0]).toMatchObject({ type: "AFFILIATED_WITH", key: "ADMINISTRATION" });
  });

  it("refuses an unknown role, a tie from a member, and a country code that is not ISO3", async () => {
    const f = await parse(
      source(),
      member("usa"),
      org("x", { countryIso3: "us" }),
      rel("AFFILIATED_WITH", "organization:x", "member:usa", { role: "FRIEND" }),
      rel("AFFILIATED_WITH", "member:usa", "member:usa", { role: "UNIT" }),
    );
    expect(f.issues.map((i) => `${i.line} ${i.field ?? ""}`)).toEqual(["3 props.countryIso3", "4 props.role", "5 from"]);
  });
});

describe("counts split by attendance", () => {
  it("a count given only in parts: value is their sum, marked not stated, exact when every part is", () => {
    const e = toEntity({
      id: "event:x",
      labels: ["Entity", "Event"],
      props: { participantsInPerson: 24, participantsInPersonQualifier: "exactly", participantsOnline: 112, participantsOnlineQualifier: "exactly" },
    });
    expect(e.counts).toEqual([
      {
        name: "participants",
        value: 136,
        valueStated: false,
        qualifier: "exactly",
        scope: null,
        parts: [
          { attendance: "in_person", value: 24, qualifier: "exactly" },
          { attendance: "online", value: 112, qualifier: "exactly" },
        ],
      },
    ]);
  });

  it("a stated total stays as stated, with its parts beside it; a part not exact leaves the sum unqualified", () => {
    const stated = toEntity({ id: "event:y", labels: ["Event"], props: { delegates: 150, delegatesQualifier: "over", delegatesOnline: 40, delegatesOnlineQualifier: "about" } });
    expect(stated.counts).toEqual([{ name: "delegates", value: 150, valueStated: true, qualifier: "over", scope: null, parts: [{ attendance: "online", value: 40, qualifier: "about" }] }]);
    const summed = toEntity({ id: "event:z", labels: ["Event"], props: { delegatesInPerson: 20, delegatesInPersonQualifier: "over", delegatesOnline: 5 } });
    expect((summed.counts as unknown[])[0]).toMatchObject({ value: 25, valueStated: false, qualifier: null });
  });

  it("the importer accepts the parts and refuses a part that is not a whole number", async () => {
    const f = await parse(source(), event("e1", { participantsInPerson: 24, participantsOnline: 112, participantsOnlineQualifier: "exactly" }), event("e2", { participantsOnline: 1.5 }));
    expect(f.issues.map((i) => `${i.line} ${i.field ?? ""}`)).toEqual(["3 props.participantsOnline"]);
  });
});

describe("alternatives with a scope", () => {
  it("keeps the scope another source gives a count, and refuses a scope on a property that is not a count", async () => {
    const f = await parse(
      source(),
      { ...event("e1", { countries: 50, countriesQualifier: "over", countriesScope: "countries and organizations" }), alternatives: [{ prop: "countries", value: 62, qualifier: "exactly", scope: "countries", sources: [SRC] }] },
      { ...event("e2", { city: "Kyoto" }), alternatives: [{ prop: "city", value: "Tokyo", scope: "cities", sources: [SRC] }] },
    );
    expect(f.issues.map((i) => `${i.line} ${i.field ?? ""}`)).toEqual(["3 alternatives.0.scope"]);
    const e = toEntity({ id: "event:e1", labels: ["Event"], props: f.nodes[1]!.props });
    expect(e.alternatives).toEqual([{ prop: "countries", value: "62", qualifier: "exactly", scope: "countries", sources: [SRC] }]);
  });
});

describe("a date without a year (monthDay)", () => {
  it.each(["--05-08", "--02-29", "--12-31"])("accepts %s", (s) => expect(monthDay.safeParse(s).success).toBe(true));
  it.each(["05-08", "2019-05-08", "--13-01", "--04-31", "--5-8"])("refuses %s", (s) => expect(monthDay.safeParse(s).success).toBe(false));

  it("SIGNED takes it beside (not instead of) an ISO date", async () => {
    const f = await parse(source(), org("a"), org("b"), rel("SIGNED", "organization:a", "organization:b", { title: "MoU", monthDay: "--05-08" }), rel("SIGNED", "organization:a", "organization:b", { title: "MoU 2", date: "--05-08" }));
    expect(f.issues.map((i) => `${i.line} ${i.field ?? ""}`)).toEqual(["5 props.date"]);
  });
});
