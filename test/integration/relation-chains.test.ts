import { beforeAll, afterAll, describe, expect, it } from "vitest";
import type { RelType } from "../../src/model/model.relationships.js";
import { EntityRepository } from "../../src/entity/entity.repository.js";
import { CHAINS, chainName, ROOTED, rootedName } from "../../src/relations/relation.chains.js";
import { RelationRepository, type RelationPage, type RelationSpec } from "../../src/relations/relation.repository.js";
import { buildApp, type App } from "../../src/server.js";
import { silentLogger } from "../support/db.js";
import { usePreparedGraph } from "../support/prepared-graph.js";

// A page and the pages below its entities, read in one statement (src/relations/relation.chains.ts),
// and with the entity they start from when it is looked up by id (rooted).
// The references: each level read on its own by its single-type statement, the entity
// by entity/by-ids, and the whole GraphQL answer of the same operation from an app with
// chains off.
describe("relation chains (seed and generated data)", () => {
  const graph = usePreparedGraph();
  let off: App;
  beforeAll(async () => {
    off = await buildApp({ db: graph().db, logger: silentLogger, limits: { relationChains: "off" } });
  });
  afterAll(async () => {
    await off?.close();
  });

  /** The busiest parents of a type from one end, a few quiet ones, and an id no entity has. */
  async function parentsOf(type: RelType, end: "from" | "to"): Promise<string[]> {
    const { rels } = await graph().records();
    const count = new Map<string, number>();
    for (const r of rels) if (r.type === type) count.set(r[end], (count.get(r[end]) ?? 0) + 1);
    const ranked = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    return [...new Set([...ranked.slice(0, 5), ...ranked.slice(-3), "member:no-such-member"])];
  }

  it("give, level by level, the pages each level's own statement gives, for every declared chain, with filters, offsets and property selections", async () => {
    const repo = new RelationRepository(graph().db.runner);
    const variants: Partial<RelationSpec>[] = [
      {},
      { includeSynthetic: false, nodeProps: ["name", "title"], edgeProps: ["role"] },
      { offset: 2, limit: 4, withTotal: false, nodeProps: [], edgeProps: ["from", "sources"] },
    ];
    let compared = 0;
    let entities = 0;
    const filled = new Map<string, number>();
    for (const chain of CHAINS) {
      const parents = await parentsOf(chain[0]!.type, chain[0]!.direction === "out" ? "from" : "to");
      for (const variant of variants) {
        const specs = chain.map((l): RelationSpec => ({ direction: l.direction, types: [l.type], role: null, includeSynthetic: true, offset: 0, limit: 6, withTotal: true, nodeProps: null, edgeProps: null, ...variant }));
        const levels = await repo.chainPages(parents, chain, specs);
        expect(levels).toHaveLength(chain.length);
        // Level 0: the parents' pages; level d: the pages of every entity on level d - 1's pages.
        let ids = parents;
        for (let d = 0; d < chain.length; d++) {
          const expected = await repo.pages(ids, specs[d]!);
          expect(sorted(levels[d]!), `${chainName(chain)} level ${d} ${JSON.stringify(variant)}`).toEqual(sorted(expected));
          entities += expected.size;
          const key = `${chainName(chain)} level ${d}`;
          filled.set(key, (filled.get(key) ?? 0) + [...expected.values()].filter((p) => p.rows.length > 0).length);
          ids = [...new Set([...expected.values()].flatMap((p) => p.rows.map((r) => r.node.id)))];
          compared += 1;
        }
      }
    }
    expect(compared).toBe(CHAINS.reduce((n, c) => n + c.length, 0) * variants.length);
    expect(entities).toBeGreaterThan(300);
    // Every level of every chain had pages with rows to compare, not only empty ones.
    for (const chain of CHAINS) chain.forEach((_, d) => expect(filled.get(`${chainName(chain)} level ${d}`), `${chainName(chain)} level ${d}`).toBeGreaterThan(2));
  });

  it("rooted: give the entities entity/by-ids gives and, level by level, the pages the chain (or the page statement) gives, for every rooted shape", async () => {
    const repo = new RelationRepository(graph().db.runner);
    const entityRepo = new EntityRepository(graph().db.runner);
    const variants: Partial<RelationSpec>[] = [{}, { includeSynthetic: false, nodeProps: ["name", "title"], edgeProps: ["role"], offset: 1, limit: 3, withTotal: false }];
    let filled = 0;
    for (const chain of ROOTED) {
      const parents = await parentsOf(chain[0]!.type, chain[0]!.direction === "out" ? "from" : "to");
      const entities = await entityRepo.byIds(parents);
      expect(entities.length, rootedName(chain)).toBe(parents.length - 1);
      for (const variant of variants) {
        const specs = chain.map((l): RelationSpec => ({ direction: l.direction, types: [l.type], role: null, includeSynthetic: true, offset: 0, limit: 6, withTotal: true, nodeProps: null, edgeProps: null, ...variant }));
        const rooted = await repo.rootedPages(parents, chain, specs);
        const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(rooted.entities), rootedName(chain)).toEqual(byId(entities));
        const expected = chain.length === 1 ? [await repo.pages(parents, specs[0]!)] : await repo.chainPages(parents, chain, specs);
        expect(rooted.levels.map(sorted), `${rootedName(chain)} ${JSON.stringify(variant)}`).toEqual(expected.map(sorted));
        filled += [...rooted.levels[0]!.values()].filter((p) => p.rows.length > 0).length;
      }
    }
    expect(filled).toBeGreaterThan(ROOTED.length * 2);
  });

  const NESTED =
    "query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 10, includeSynthetic: true) { edges { node { id ... on Event { title " +
    "participants(first: 10, includeSynthetic: true) { edges { role node { id ... on Member { name region { id } } } } } } } } } } } }";

  /**
   * Operations whose relation pages below the first make a declared chain (chained: true) or do not.
   * The root lookup is read with the first page (rooted) for an entity of a label in `rooted`.
   */
  const OPERATIONS: { name: string; query: string; chained: boolean; rooted: string[] }[] = [
    { name: "the benchmark's three levels", query: NESTED, chained: true, rooted: ["member"] },
    {
      name: "totals, a role filter, every edge and node property, and synthetic regions below",
      query:
        "query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 5, includeSynthetic: true) { totalCount edges { cursor since role node { ... on Event { id startDate " +
        "participants(first: 3, role: PARTICIPANT) { totalCount pageInfo { hasNextPage endCursor } edges { role sourceIds node { ... on Member { id name note sources { id } region(includeSynthetic: true) { id name } } ... on Organization { id name } } } } } } } } } } }",
      chained: true,
      rooted: ["member"],
    },
    {
      name: "a fragment spread, a cursor below, and two levels only",
      query:
        "query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 4) { edges { node { ...E } } } } } } " +
        'fragment E on Event { id participants(first: 2, after: "WyJyZWw6aW46UEFSVElDSVBBVEVEX0lOIiwwXQ") { edges { node { id } } } }',
      chained: true,
      rooted: ["member"],
    },
    {
      name: "an organization's participations and the participants' own participations",
      query:
        "query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 3, includeSynthetic: true) { edges { node { ... on Event { participants(first: 4, includeSynthetic: true) { edges { node { id } } } } } } } } ... on Organization { participations(first: 3) { edges { node { ... on Event { participants(first: 3) { edges { node { id ... on Organization { participations(first: 2) { totalCount edges { node { id } } } } } } } } } } } } } }",
      chained: true,
      rooted: ["member", "organization"],
    },
    {
      name: "two relation fields side by side (no chain)",
      query: "query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 5) { edges { node { ... on Event { participants(first: 3) { edges { node { id } } } funders(first: 2) { edges { node { id } } } } } } } } } }",
      chained: false,
      rooted: ["member"],
    },
    {
      name: "a directive on the field below (no chain)",
      query: "query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 5) { edges { node { ... on Event { participants(first: 3) @include(if: true) { edges { node { id } } } } } } } } } }",
      chained: false,
      rooted: ["member"],
    },
    {
      name: "fragments on two labels, each with its relation field (rooted by the id's label)",
      query: "query ($id: ID!) { node(id: $id) { id ... on Member { participations(first: 3, includeSynthetic: true) { totalCount edges { node { id } } } } ... on Organization { name participations(first: 2) { edges { role node { id } } } } ... on Event { participants(first: 2) { edges { node { id } } } } } }",
      chained: false,
      rooted: ["member", "organization"],
    },
    {
      name: "a link at the root, and the same entity looked up twice (not rooted)",
      query: "query ($id: ID!) { a: node(id: $id) { ... on Member { region { id } } } b: node(id: $id) { id } }",
      chained: false,
      rooted: [],
    },
    {
      name: "two relation fields on the entity looked up (not rooted)",
      query: "query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 2) { edges { node { id } } } regionMemberships { edges { node { id } } } } } }",
      chained: false,
      rooted: [],
    },
  ];

  it.each(OPERATIONS)("answer $name as one statement per level would, in fewer statements only when chained or rooted", async ({ query, chained, rooted }) => {
    const subjects = [...(await parentsOf("PARTICIPATED_IN", "from")).slice(0, 3), "organization:wco", "member:no-such-member", "event:no-such-event"];
    let fewer = 0;
    for (const id of subjects) {
      const withChains = await ask(graph().app, query, { id });
      const without = await ask(off, query, { id });
      expect(withChains.body, id).toEqual(without.body);
      expect(JSON.parse(withChains.body).errors, id).toBeUndefined();
      const exists = JSON.parse(withChains.body).data.node !== null;
      // Rooted, the lookup is no statement of its own; chained, the levels below the first are none either.
      const saved = (exists && rooted.includes(id.split(":")[0]!) ? 1 : 0) + (chained && without.statements > 2 ? 1 : 0);
      if (saved === 0) expect(withChains.statements, id).toBe(without.statements);
      else expect(withChains.statements, id).toBeLessThanOrEqual(without.statements - saved);
      if (withChains.statements < without.statements) fewer += 1;
    }
    expect(fewer > 0, "some subject read in fewer statements").toBe(chained || rooted.length > 0);
  });

  it("read the benchmark's three levels in one statement: the member, its pages and the pages below", async () => {
    const busiest = (await parentsOf("PARTICIPATED_IN", "from")).find((id) => id.startsWith("member:"));
    const res = await ask(graph().app, NESTED, { id: busiest! });
    expect(JSON.parse(res.body).data.node.participations.edges.length).toBe(10);
    expect(res.statements).toBe(1);
    expect((await ask(off, NESTED, { id: busiest! })).statements).toBe(4);
  });

  it("work a field's arguments out again for every request: the same operation with other variables reads other pages", async () => {
    const query = "query ($id: ID!, $n: Int, $synthetic: Boolean!) { node(id: $id) { ... on Member { participations(first: 3, includeSynthetic: true) { edges { node { ... on Event { participants(first: $n, includeSynthetic: $synthetic) { edges { node { id ... on Member { region(includeSynthetic: $synthetic) { id } } } } } } } } } } } }";
    const busiest = (await parentsOf("PARTICIPATED_IN", "from")).find((id) => id.startsWith("member:"))!;
    const sizes = new Set<number>();
    for (const variables of [{ n: 1, synthetic: true }, { n: 4, synthetic: true }, { n: 4, synthetic: false }, { n: 1, synthetic: true }]) {
      const withChains = await ask(graph().app, query, { id: busiest, ...variables });
      expect(withChains.body, JSON.stringify(variables)).toEqual((await ask(off, query, { id: busiest, ...variables })).body);
      const events = JSON.parse(withChains.body).data.node.participations.edges as { node: { participants: { edges: unknown[] } } }[];
      for (const e of events) expect(e.node.participants.edges.length).toBeLessThanOrEqual(variables.n);
      sizes.add(events.reduce((n, e) => n + e.node.participants.edges.length, 0));
    }
    expect(sizes.size).toBeGreaterThan(1);
  });

  it("leave a cursor the field below did not give out to that field, which refuses it as without chains", async () => {
    const query = 'query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 2, includeSynthetic: true) { edges { node { ... on Event { participants(first: 2, after: "not-a-cursor") { edges { node { id } } } } } } } } } }';
    const busiest = (await parentsOf("PARTICIPATED_IN", "from")).find((id) => id.startsWith("member:"))!;
    const withChains = await ask(graph().app, query, { id: busiest });
    expect(withChains.body).toEqual((await ask(off, query, { id: busiest })).body);
    const errors = JSON.parse(withChains.body).errors as { message: string; extensions: { code: string } }[];
    // At least the first event's (its null ends the list, as without chains).
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.extensions.code).toBe("BAD_USER_INPUT");
      expect(e.message).toContain("not-a-cursor");
    }
  });

  it("a list's relation field starts a chain too: events, their participants, their regions", async () => {
    const query = "{ events(first: 15) { edges { node { id participants(first: 5, includeSynthetic: true) { edges { node { id ... on Member { region { id } } } } } } } } }";
    const withChains = await ask(graph().app, query, {});
    const without = await ask(off, query, {});
    expect(withChains.body).toEqual(without.body);
    expect(withChains.statements).toBe(without.statements - 1);
  });
});

async function ask(app: App, query: string, variables: Record<string, unknown>): Promise<{ body: string; statements: number }> {
  const res = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: { query, variables } });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return { body: res.body, statements: Number(res.headers["x-cypher-statements"]) };
}

const sorted = (pages: Map<string, RelationPage>) => [...pages].sort((a, b) => a[0].localeCompare(b[0]));
