import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { applySchema } from "../../src/db/schema.apply.js";
import { seedIfEmpty } from "../../src/seed/seed.loader.js";
import { openTestDatabase, resetGraph, silentLogger } from "../support/db.js";

const ART_2018 = "source:wco-news-2018-10-04-brussels";
const ART_2019 = "source:wco-news-2019-06-03-kyoto";
const BRUSSELS = "event:2018-10-02-wco-global-security-conference";
const KYOTO = "event:2019-05-28-wco-asia-pacific-security-conference";

/**
 * A sample of facts from each source, checked in the graph the seed loads,
 * each with the source that states it.
 */
describe("the seed, loaded into an empty graph", () => {
  let db: Database;
  const q = async <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => {
    const session = db.driver.session({ database: db.name });
    try {
      return (await session.run(cypher, params)).records.map((r) => r.toObject() as T);
    } finally {
      await session.close();
    }
  };
  const one = async <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) => {
    const rows = await q<T>(cypher, params);
    expect(rows).toHaveLength(1);
    return rows[0] as T;
  };
  /** Relationships (type, other end, role) of a node, each with its sources. */
  const rels = (id: string, dir: "out" | "in") =>
    q<{ type: string; other: string; role: string | null; sources: string[] }>(
      dir === "out"
        ? "MATCH (:Entity {id: $id})-[r]->(o) RETURN type(r) AS type, o.id AS other, r.role AS role, r.sources AS sources"
        : "MATCH (:Entity {id: $id})<-[r]-(o) RETURN type(r) AS type, o.id AS other, r.role AS role, r.sources AS sources",
      { id },
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    await resetGraph(db.runner);
    await applySchema(db.runner, silentLogger);
    const summary = await seedIfEmpty(db.runner, silentLogger);
    expect(summary?.nodes.created).toBeGreaterThan(400);
  });
  afterAll(() => db.close());

  it("leaves a graph that already has data alone", async () => {
    expect(await seedIfEmpty(db.runner, silentLogger)).toBeUndefined();
  });

  it("cites an existing source on every node and every relationship", async () => {
    const orphans = await one<{ nodes: number; rels: number; dangling: number }>(`
      CALL () { MATCH (n:Entity) WHERE NOT n:Source AND size(coalesce(n.sources, [])) = 0 RETURN count(n) AS nodes }
      CALL () { MATCH ()-[r]->() WHERE size(coalesce(r.sources, [])) = 0 RETURN count(r) AS rels }
      CALL () { MATCH (n:Entity) UNWIND coalesce(n.sources, []) AS s
                OPTIONAL MATCH (src:Source {id: s}) WITH src WHERE src IS NULL RETURN count(*) AS dangling }
      RETURN nodes, rels, dangling`);
    expect(orphans).toEqual({ nodes: 0, rels: 0, dangling: 0 });
    expect((await q("MATCH (n) WHERE n.synthetic RETURN n LIMIT 1")).length).toBe(0);
  });

  describe("the 2018 article (Global Security Conference, Brussels)", () => {
    it("dates, place and counts with their qualifiers", async () => {
      const e = await one<Record<string, unknown>>("MATCH (e:Event {id: $id}) RETURN e {.*} AS e", { id: BRUSSELS }).then((r) => r.e as Record<string, unknown>);
      expect(e).toMatchObject({ startDate: "2018-10-02", endDate: "2018-10-04", city: "Brussels", venue: "WCO Headquarters" });
      expect(e).toMatchObject({ delegates: 150, delegatesQualifier: "over", administrations: 75, administrationsQualifier: "more_than" });
      expect(e.sources).toContain(ART_2018);
    });

    it("host, funder, keynote speaker, the five programmes addressed and the resolution marked", async () => {
      const incoming = await rels(BRUSSELS, "in");
      expect(incoming).toContainEqual(expect.objectContaining({ type: "PARTICIPATED_IN", other: "organization:wco", role: "HOST" }));
      expect(incoming).toContainEqual(expect.objectContaining({ type: "PARTICIPATED_IN", other: "organization:government-of-japan", role: "FUNDER" }));
      expect(incoming).toContainEqual(expect.objectContaining({ type: "SPOKE_AT", other: "person:kunio-mikuriya", role: "KEYNOTE", sources: [ART_2018] }));
      const outgoing = await rels(BRUSSELS, "out");
      const addressed = outgoing.filter((r) => r.type === "ADDRESSED").map((r) => r.other);
      expect(addressed).toEqual(expect.arrayContaining(["programme:stce", "programme:pgs", "programme:pax", "programme:salw", "programme:tf"]));
      expect(outgoing).toContainEqual(expect.objectContaining({ type: "MARKED", other: "resolution:punta-cana-resolution", sources: [ART_2018] }));
    });
  });

  describe("the 2019 article (Asia/Pacific Security Conference, Kyoto)", () => {
    it("dates, place and counts as stated", async () => {
      const e = await one<{ e: Record<string, unknown> }>("MATCH (e:Event {id: $id}) RETURN e {.*} AS e", { id: KYOTO }).then((r) => r.e);
      expect(e).toMatchObject({ startDate: "2019-05-28", endDate: "2019-05-30", city: "Kyoto", delegates: 70, delegatesQualifier: "over", administrations: 25 });
      expect(e.sources).toContain(ART_2019);
    });

    it("hosted by the WCO and Japan Customs, funded by Japan, opened by Mikuriya and Nakae, Japan represented by Yamamoto", async () => {
      const incoming = await rels(KYOTO, "in");
      const roles = incoming.map((r) => `${r.type} ${r.other} ${r.role ?? ""}`.trim());
      expect(roles).toEqual(
        expect.arrayContaining([
          "PARTICIPATED_IN organization:wco HOST",
          "PARTICIPATED_IN member:jpn HOST",
          "PARTICIPATED_IN organization:government-of-japan FUNDER",
          "SPOKE_AT person:kunio-mikuriya OPENED",
          "SPOKE_AT person:motoya-nakae OPENED",
          "SPOKE_AT person:yamamoto REPRESENTED",
          "SPOKE_AT person:kunio-mikuriya CLOSED",
        ]),
      );
      expect(incoming.every((r) => r.sources.includes(ART_2019))).toBe(true);
      const jpn = await one<{ name: string }>("MATCH (m:Member {id: 'member:jpn'}) RETURN m.administrationName AS name");
      expect(jpn.name).toBe("Japan Customs");
    });

    it("marked the conclusion of the Asia/Pacific Security Project, a two-year project funded by Japan", async () => {
      const marked = await one<{ occasion: string; sources: string[] }>("MATCH (:Event {id: $id})-[r:MARKED]->(:Programme {id: 'programme:apsp'}) RETURN r.occasion AS occasion, r.sources AS sources", { id: KYOTO });
      expect(marked).toEqual({ occasion: "conclusion", sources: [ART_2019] });
      const funders = await q<{ id: string }>("MATCH (o)-[:FUNDED]->(:Programme {id: 'programme:apsp'}) RETURN o.id AS id");
      expect(funders.map((f) => f.id)).toContain("organization:government-of-japan");
    });

    it("the lecture series and its four venues", async () => {
      const venues = await q<{ id: string }>("MATCH (:Event {kind: 'lecture_series'})-[:HELD_AT]->(o) RETURN o.id AS id ORDER BY id");
      expect(venues.map((v) => v.id)).toEqual(["organization:grips", "organization:kobe-customs", "organization:kyoto-university-graduate-school-of-government", "organization:osaka-university"]);
    });
  });

  describe("the reference facts", () => {
    it("programme hierarchy: PGS, SALW, STCE, passenger controls and terrorist financing are parts of the Security Programme", async () => {
      const parts = await q<{ code: string }>("MATCH (p:Programme)-[:PART_OF]->(:Programme {code: 'SP'}) RETURN p.code AS code");
      expect(parts.map((p) => p.code)).toEqual(expect.arrayContaining(["PGS", "SALW", "STCE", "PAX", "TF"]));
    });

    it("PGS: started November 2010, founded with INTERPOL and UNODC", async () => {
      const pgs = await one<{ start: string }>("MATCH (p:Programme {code: 'PGS'}) RETURN p.startDate AS start");
      expect(pgs.start).toBe("2010-11");
      const founders = await q<{ id: string }>("MATCH (o)-[r:PARTNER_OF {role: 'FOUNDING_PARTNER'}]->(:Programme {code: 'PGS'}) RETURN o.id AS id ORDER BY id");
      expect(founders.map((f) => f.id)).toEqual(["organization:interpol", "organization:unodc"]);
    });

    it("the Punta Cana Resolution: adopted December 2015 by the Policy Commission, the exact day kept uncertain with its alternative", async () => {
      const r = await one<{ adopted: string; by: string; uncertain: boolean; alternatives: string }>(
        "MATCH (r:Resolution {id: 'resolution:punta-cana-resolution'})-[a:ADOPTED_BY]->(o) RETURN r.adopted AS adopted, o.id AS by, a.uncertain AS uncertain, a.alternatives AS alternatives",
      );
      expect(r).toMatchObject({ adopted: "2015-12", by: "organization:wco-policy-commission", uncertain: true });
      expect(JSON.parse(r.alternatives)).toContainEqual(expect.objectContaining({ prop: "date", value: "2015-12-10" }));
    });

    it("officials and their offices with dates: Mikuriya then Saunders as Secretary General", async () => {
      const sgs = await q<{ id: string; from: string; to: string | null }>(
        "MATCH (p:Person)-[h:HOLDS_OFFICE {title: 'Secretary General'}]->(:Organization {id: 'organization:wco'}) WHERE h.from >= '2009' RETURN p.id AS id, h.from AS from, h.to AS to ORDER BY from",
      );
      expect(sgs).toEqual([
        { id: "person:kunio-mikuriya", from: "2009-01-01", to: "2023-12-31" },
        { id: "person:ian-saunders", from: "2024-01-01", to: null },
      ]);
    });

    it("where sources disagree (December 2019 conference), both counts stay, each with its source", async () => {
      const e = await one<{ delegates: number; sources: string[]; alternatives: string }>(
        "MATCH (e:Event {id: 'event:2019-12-11-wco-security-conference-african-perspective'}) RETURN e.delegates AS delegates, e.sources AS sources, e.alternatives AS alternatives",
      );
      expect(e.delegates).toBe(150);
      expect(JSON.parse(e.alternatives)).toContainEqual({ prop: "delegates", value: 160, qualifier: "exactly", sources: ["source:riloap-news-160"] });
    });

    it("the Jakarta workshop names its nine participating countries", async () => {
      const members = await q<{ iso2: string }>("MATCH (m:Member)-[:PARTICIPATED_IN {role: 'PARTICIPANT'}]->(:Event {id: 'event:2018-10-16-sub-regional-passenger-controls-workshop-jakarta'}) RETURN m.iso2 AS iso2 ORDER BY iso2");
      expect(members.map((m) => m.iso2)).toEqual(["BD", "ID", "KH", "LA", "MM", "MY", "PH", "TH", "VN"]);
    });
  });

  describe("the members list", () => {
    it("every row: 188 members, with kinds, and regions as the reference counts them", async () => {
      const kinds = await q<{ kind: string; n: number }>("MATCH (m:Member) RETURN m.kind AS kind, count(*) AS n ORDER BY kind");
      expect(kinds).toEqual([{ kind: "country", n: 183 }, { kind: "customs_territory", n: 4 }, { kind: "union", n: 1 }]);
      const regions = await q<{ code: string; n: number }>("MATCH (m:Member)-[:IN_REGION]->(r:Region) RETURN r.code AS code, count(m) AS n ORDER BY code");
      expect(regions).toEqual([
        { code: "AMS", n: 33 },
        { code: "AP", n: 35 },
        { code: "ESA", n: 24 },
        { code: "EUR", n: 53 },
        { code: "MENA", n: 18 },
        { code: "WCA", n: 24 },
      ]);
    });

    it("ISO codes where they exist, none where they do not, and the unstated region kept uncertain", async () => {
      const rows = await q<{ id: string; iso2: string | null; iso3: string | null; region: string | null; uncertain: boolean | null }>(
        "MATCH (m:Member) WHERE m.id IN ['member:jpn', 'member:kosovo', 'member:european-union', 'member:vct'] OPTIONAL MATCH (m)-[:IN_REGION]->(r) RETURN m.id AS id, m.iso2 AS iso2, m.iso3 AS iso3, r.code AS region, m.uncertain AS uncertain ORDER BY id",
      );
      expect(rows).toEqual([
        { id: "member:european-union", iso2: null, iso3: null, region: "EUR", uncertain: null },
        { id: "member:jpn", iso2: "JP", iso3: "JPN", region: "AP", uncertain: null },
        { id: "member:kosovo", iso2: null, iso3: null, region: "EUR", uncertain: null },
        { id: "member:vct", iso2: "VC", iso3: "VCT", region: null, uncertain: true },
      ]);
    });
  });

  describe("one actor, one place: organizations tied to their members", () => {
    const affiliates = (member: string) =>
      q<{ org: string; role: string; uncertain: boolean | null; sources: string[] }>(
        "MATCH (o:Organization)-[f:AFFILIATED_WITH]->(:Member {id: $member}) RETURN o.id AS org, f.role AS role, f.uncertain AS uncertain, f.sources AS sources ORDER BY org",
        { member },
      );

    it("Japan Customs: the Government of Japan (stated by the 2019 article), the Customs and Tariff Bureau and Kobe Customs (ties no source states, kept uncertain)", async () => {
      expect(await affiliates("member:jpn")).toEqual([
        { org: "organization:customs-and-tariff-bureau-japan", role: "ADMINISTRATION", uncertain: true, sources: [ART_2019] },
        { org: "organization:government-of-japan", role: "GOVERNMENT", uncertain: null, sources: [ART_2019] },
        { org: "organization:kobe-customs", role: "UNIT", uncertain: true, sources: [ART_2019] },
      ]);
    });

    it("US CBP to the United States (uncertain: no source calls it the US administration in the WCO), UK Border Force to the United Kingdom", async () => {
      expect(await affiliates("member:usa")).toContainEqual(expect.objectContaining({ org: "organization:us-cbp", role: "ADMINISTRATION", uncertain: true }));
      expect(await affiliates("member:gbr")).toEqual([expect.objectContaining({ org: "organization:uk-border-force", role: "AGENCY" })]);
    });

    it("an organization belongs to one member at most, and its countryIso3 names that member's country", async () => {
      const many = await q("MATCH (o:Organization)-[:AFFILIATED_WITH]->(m:Member) WITH o, count(m) AS n WHERE n > 1 RETURN o.id AS id");
      expect(many).toEqual([]);
      const mismatched = await q<{ id: string }>(`
        MATCH (o:Organization) WHERE o.countryIso3 IS NOT NULL
        OPTIONAL MATCH (m:Member {iso3: o.countryIso3})
        OPTIONAL MATCH (o)-[:AFFILIATED_WITH]->(a:Member)
        WITH o, m, a WHERE m IS NULL OR m.name <> o.country OR (a IS NOT NULL AND a <> m)
        RETURN o.id AS id`);
      expect(mismatched).toEqual([]);
      const countryWithoutCode = await q("MATCH (o:Organization) WHERE o.country IS NOT NULL AND o.countryIso3 IS NULL RETURN o.id AS id");
      expect(countryWithoutCode).toEqual([]);
    });

    // The pattern docs/data.md gives the analyses for folding an actor into its member.
    const FOLD = `
      CALL (a) {
        OPTIONAL MATCH (a:Organization)-[f:AFFILIATED_WITH]->(m:Member)
        WHERE $foldMembers AND ($includeSynthetic OR f.synthetic IS NULL)
        RETURN coalesce(m, a) AS actor
      }`;

    it("the fold pattern: the Kyoto conference's members and organizations, folded or not", async () => {
      const actors = async (foldMembers: boolean) =>
        (await q<{ id: string }>(`MATCH (a)-[:PARTICIPATED_IN]->(:Event {id: $id}) ${FOLD} RETURN DISTINCT actor.id AS id ORDER BY id`, { id: KYOTO, foldMembers, includeSynthetic: false })).map((r) => r.id);
      expect(await actors(false)).toEqual(["member:jpn", "organization:government-of-japan", "organization:wco"]);
      expect(await actors(true)).toEqual(["member:jpn", "organization:wco"]);
    });

    it("folded, Japan took part in the 2018 Brussels conference (through the Government of Japan, its funder)", async () => {
      const events = async (foldMembers: boolean) =>
        (await q<{ id: string }>(`MATCH (a)-[:PARTICIPATED_IN]->(e:Event) ${FOLD} WITH actor, e WHERE actor.id = 'member:jpn' RETURN DISTINCT e.id AS id`, { foldMembers, includeSynthetic: false })).map((r) => r.id);
      expect(await events(false)).not.toContain(BRUSSELS);
      expect(await events(true)).toContain(BRUSSELS);
    });
  });

  describe("links the first seed had no place for", () => {
    it("the Punta Cana Resolution recalls three WCO Recommendations; the 2005 Recommendation revises the 2001 one", async () => {
      const refs = await q<{ from: string; role: string; to: string }>("MATCH (a:Resolution)-[r:REFERS_TO]->(b:Resolution) RETURN a.id AS from, r.role AS role, b.id AS to ORDER BY from, to");
      expect(refs).toEqual([
        { from: "resolution:punta-cana-resolution", role: "RECALLS", to: "resolution:wco-recommendation-api-pnr-2015" },
        { from: "resolution:punta-cana-resolution", role: "RECALLS", to: "resolution:wco-recommendation-firearms-protocol-2002" },
        { from: "resolution:punta-cana-resolution", role: "RECALLS", to: "resolution:wco-recommendation-money-laundering-2005" },
        { from: "resolution:wco-recommendation-money-laundering-2005", role: "REVISES", to: "resolution:wco-council-recommendation-money-laundering-2001" },
      ]);
      const named = await one<{ sources: string[] }>("MATCH (:Resolution {id: 'resolution:g7-action-plan-countering-terrorism-2016'})-[r:REFERS_TO {role: 'NAMES'}]->(:Programme {code: 'SP'}) RETURN r.sources AS sources");
      expect(named.sources).toEqual(["source:wco-news-2017-02-apsp-japan-funding"]);
    });

    it("programmes based on instruments: the Security Programme on the SAFE Framework, STCE on UNSCR 1540, CT Travel on UNSCR 2178, 2396 and 2482", async () => {
      const basis = await q<{ code: string; role: string; to: string }>("MATCH (p:Programme)-[r:BASED_ON]->(x:Resolution) WHERE r.uncertain IS NULL RETURN p.code AS code, r.role AS role, x.id AS to ORDER BY code, to");
      expect(basis).toEqual([
        { code: "CT-TRAVEL", role: "IMPLEMENTS", to: "resolution:unscr-2178" },
        { code: "CT-TRAVEL", role: "IMPLEMENTS", to: "resolution:unscr-2396" },
        { code: "CT-TRAVEL", role: "IMPLEMENTS", to: "resolution:unscr-2482" },
        { code: "SP", role: "BUILDS_ON", to: "resolution:safe-framework-of-standards" },
        { code: "STCE", role: "IMPLEMENTS", to: "resolution:unscr-1540" },
      ]);
    });

    it("beneficiaries: the eight countries of the Central Asia and Caucasus project; Côte d'Ivoire, Ghana and Togo in WASP Phase 1; Benin, Nigeria and the Gambia in its 2024 extension", async () => {
      const of = async (id: string) =>
        (await q<{ iso3: string }>("MATCH (m:Member)-[:BENEFICIARY_OF]->(:Programme {id: $id}) RETURN m.iso3 AS iso3 ORDER BY iso3", { id })).map((r) => r.iso3);
      expect(await of("programme:central-asia-caucasus-sp")).toEqual(["ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"]);
      expect(await of("programme:wasp-phase-1")).toEqual(["CIV", "GHA", "TGO"]);
      expect(await of("programme:wasp-extension-2024")).toEqual(["BEN", "GMB", "NGA"]);
    });

    it("the 16th Contact Committee: 24 in person and 112 online, as stated, with no total the source does not give", async () => {
      const e = await one<{ e: Record<string, unknown> }>("MATCH (e:Event {id: 'event:2022-10-12-api-pnr-contact-committee-16th-session'}) RETURN e {.*} AS e").then((r) => r.e);
      expect(e).toMatchObject({ format: "hybrid", participantsInPerson: 24, participantsInPersonQualifier: "exactly", participantsOnline: 112, participantsOnlineQualifier: "exactly" });
      expect(e.participants).toBeUndefined();
      expect(e.delegates).toBeUndefined();
    });

    it("December 2019: RILO A/P's 62 countries keep their own scope beside the WCO's over 50 countries and organizations", async () => {
      const e = await one<{ scope: string; alternatives: string }>("MATCH (e:Event {id: 'event:2019-12-11-wco-security-conference-african-perspective'}) RETURN e.countriesScope AS scope, e.alternatives AS alternatives");
      expect(e.scope).toBe("countries and organizations");
      expect(JSON.parse(e.alternatives)).toContainEqual({ prop: "countries", value: 62, qualifier: "exactly", scope: "countries", sources: ["source:riloap-news-160"] });
    });

    it("the WCO-IOM MoU: signed on 8 May of a year no source gives", async () => {
      const r = await one<{ monthDay: string; date: string | null; uncertain: boolean }>("MATCH (:Organization {id: 'organization:wco'})-[r:SIGNED]->(:Organization {id: 'organization:iom'}) RETURN r.monthDay AS monthDay, r.date AS date, r.uncertain AS uncertain");
      expect(r).toEqual({ monthDay: "--05-08", date: null, uncertain: true });
    });

    it("the WCO's 2019 theme, SMART borders for seamless Trade, Travel and Transport, as data, addressed at Kyoto", async () => {
      const t = await one<{ name: string; kind: string; start: string; sources: string[]; events: string[] }>(
        "MATCH (p:Programme {kind: 'annual_theme', startDate: '2019'}) OPTIONAL MATCH (e:Event)-[:ADDRESSED]->(p) RETURN p.name AS name, p.kind AS kind, p.startDate AS start, p.sources AS sources, collect(e.id) AS events",
      );
      expect(t).toEqual({ name: "SMART borders for seamless Trade, Travel and Transport", kind: "annual_theme", start: "2019", sources: [ART_2019], events: [KYOTO] });
    });
  });
});
