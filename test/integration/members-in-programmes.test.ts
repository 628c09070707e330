import { describe, expect, it } from "vitest";
import {
  MembersInProgrammesDocument,
  MembersInProgrammesEventsDirectDocument,
  MembersInProgrammesEventsInlineFragmentsDocument,
  MembersInProgrammesEventsNamedFragmentsDocument,
  MembersInProgrammesEvidenceDocument,
  MembersInProgrammesWithoutEventsDocument,
  type MembersInProgrammesEvidenceQueryVariables,
} from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

/**
 * The headline question, "which members took part in both PGS and SALW
 * activities?", on the seed and on generated data, where the answer is
 * computed a second time, independently, from the files themselves.
 */
describe("membersInProgrammes (on the seed and generated data)", () => {
  const graph = usePreparedGraph();
  const ask = (variables: MembersInProgrammesEvidenceQueryVariables) => execute(graph().app, MembersInProgrammesEvidenceDocument, variables);
  const memberIds = (res: Awaited<ReturnType<typeof ask>>) => res.data?.membersInProgrammes.map((m) => m.member.id);

  it("on the seed: Japan, through the Kyoto conference, which addressed both, with its source", async () => {
    const res = await execute(graph().app, MembersInProgrammesDocument, { programmes: ["PGS", "SALW"] });
    expect(res.errors).toBeUndefined();
    const kyoto = {
      id: "event:2019-05-28-wco-asia-pacific-security-conference",
      title: "WCO Asia/Pacific Security Conference",
      startDate: "2019-05-28",
      sources: expect.arrayContaining([expect.objectContaining({ id: "source:wco-news-2019-06-03-kyoto" })]),
    };
    expect(res.data?.membersInProgrammes).toEqual([
      {
        member: { id: "member:jpn", name: "Japan", administrationName: "Japan Customs" },
        programmes: [
          { code: "PGS", programme: { id: "programme:pgs", name: "Programme Global Shield" }, events: [kyoto] },
          { code: "SALW", programme: { id: "programme:salw", name: "Small Arms and Light Weapons Project" }, events: [kyoto] },
        ],
      },
    ]);
  });

  it("a period that excludes 2019 leaves no one; one that includes it keeps Japan", async () => {
    expect((await ask({ programmes: ["PGS", "SALW"], to: "2018" })).data?.membersInProgrammes).toEqual([]);
    expect(memberIds(await ask({ programmes: ["PGS", "SALW"], from: "2019-05", to: "2019" }))).toEqual(["member:jpn"]);
  });

  it("matches an independent computation over generated data, for ALL and for ANY", async () => {
    // Independent: read the seed and the generated files and follow the rule in plain TypeScript.
    const { nodes, rels } = await graph().records();
    const partOf = new Map<string, string[]>();
    const programmesOf = new Map<string, Set<string>>();
    const participants = new Map<string, Set<string>>();
    const codeOf = new Map<string, string>();
    for (const n of nodes) if (n.label === "Programme") codeOf.set(n.id, String(n.props.code));
    for (const r of rels) {
      if (r.type === "PART_OF" && r.from.startsWith("programme:")) partOf.set(r.from, [...(partOf.get(r.from) ?? []), r.to]);
      if (r.type === "ACTIVITY_OF" || r.type === "ADDRESSED") programmesOf.set(r.from, (programmesOf.get(r.from) ?? new Set()).add(r.to));
      if (r.type === "PARTICIPATED_IN" && r.from.startsWith("member:")) participants.set(r.to, (participants.get(r.to) ?? new Set()).add(r.from));
    }
    const ancestors = (p: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(p)) return seen;
      seen.add(p);
      for (const parent of partOf.get(p) ?? []) ancestors(parent, seen);
      return seen;
    };
    const membersFor = (code: string) => {
      const out = new Set<string>();
      for (const [event, programmes] of programmesOf) {
        const hit = [...programmes].some((p) => [...ancestors(p)].some((a) => codeOf.get(a) === code));
        if (hit) for (const m of participants.get(event) ?? []) out.add(m);
      }
      return out;
    };
    const pgs = membersFor("PGS");
    const salw = membersFor("SALW");
    const both = [...pgs].filter((m) => salw.has(m)).sort();
    const either = [...new Set([...pgs, ...salw])].sort();
    expect(both.length).toBeGreaterThan(10);
    expect(either.length).toBeGreaterThan(both.length - 1);

    const all = await ask({ programmes: ["PGS", "SALW"], includeSynthetic: true });
    expect(memberIds(all)?.sort()).toEqual(both);
    const any = await ask({ programmes: ["PGS", "SALW"], match: "ANY", includeSynthetic: true });
    expect(memberIds(any)?.sort()).toEqual(either);

    // Without synthetic data, the answer is the seed's again.
    expect(memberIds(await ask({ programmes: ["PGS", "SALW"] }))).toEqual(["member:jpn"]);
  });

  it("sends at most one statement per level, however many rows (no N+1)", async () => {
    const res = await ask({ programmes: ["PGS", "SALW"], match: "ANY", includeSynthetic: true });
    expect(res.data!.membersInProgrammes.length).toBeGreaterThan(20);
    // Depth 3 (answer -> member / programmes -> programme / events): the answer, which brings its
    // members along, and the entity loader's batch of programmes and events. No codes check: every
    // code is in the evidence. One statement per member or event would be hundreds.
    expect(res.statements).toBeGreaterThanOrEqual(2);
    expect(res.statements).toBeLessThanOrEqual(3);
  });

  it.each(["ALL", "ANY"] as const)("an unknown programme code is BAD_USER_INPUT naming it (match %s), even when other codes have answers", async (match) => {
    const res = await ask({ programmes: ["PGS", "NOPE"], match, includeSynthetic: true });
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain('"NOPE"');
  });

  it("reads the events only when asked, and finds the ask inside fragments", async () => {
    const app = graph().app;
    const programmes = ["PGS", "SALW"];
    const ids = (res: { data?: unknown }) => JSON.stringify(res.data);
    const direct = await execute(app, MembersInProgrammesEventsDirectDocument, { programmes });
    const rows = direct.data!.membersInProgrammes;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.programmes.every((p) => p.events.length > 0))).toBe(true);
    const named = await execute(app, MembersInProgrammesEventsNamedFragmentsDocument, { programmes });
    const inline = await execute(app, MembersInProgrammesEventsInlineFragmentsDocument, { programmes });
    expect(ids(named)).toBe(ids(direct));
    expect(ids(inline)).toBe(ids(direct));
    const without = await execute(app, MembersInProgrammesWithoutEventsDocument, { programmes });
    expect(without.data!.membersInProgrammes).toHaveLength(rows.length);
  });

  it("a malformed date is refused before any query runs", async () => {
    const res = await ask({ programmes: ["PGS"], from: "last tuesday" });
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/PartialDate/);
  });
});
