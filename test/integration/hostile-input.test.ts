import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { bearer, testCredentials } from "../support/auth.js";
import { executeText } from "../support/graphql.js";

/**
 * Strings an attacker (or an unlucky copy-paste) sends: Cypher and Lucene
 * syntax, quotes of every kind, parameters, unusual unicode. Each is a value:
 * stored and returned exactly, matched as text, never run.
 */
const HOSTILE = [
  "'}) MATCH (n) DETACH DELETE n //",
  '"}) WITH 1 AS x MATCH (m:Member) SET m.name = "pwned" //',
  "`Member`) RETURN n UNION MATCH (n) RETURN n //",
  "$id ${id} {{id}} %s %n \\' \\\" \\\\ \\u0027",
  "CALL db.labels() YIELD label RETURN label; CREATE (:Hack)",
  "*:* OR name:* AND -title:[a TO z] ~2 ^10 \"phrase",
  "Robert'); DROP TABLE members;-- <script>alert(1)</script>",
  "\u202eevil\u202c \u200d\u200b\ufeff zero-width and bidi",
  "e\u0301 n\u0303 Å Å ß ẞ İ ı Ж 中文 العربية עברית",
  "👩‍👩‍👧‍👦 🏳️‍🌈 𝕏𝕐 \ud83d\ude00 astral",
  "tab\tnew\nline\rcarriage \u0000 nul \u0007 bell",
];

// Exactly at the 10,000-character limit of long text fields; characters are code points, so an emoji counts once.
const exactly = (text: string, chars: number) => {
  const codePoints = [...text].slice(0, chars);
  return codePoints.join("") + "ß".repeat(chars - codePoints.length);
};
const LONG_TEXT = exactly(`${"Δ€😀".repeat(2_000)}${HOSTILE.join(" | ")}`, 10_000);
const LONG_NAME = "Ж".repeat(500);

const creds = testCredentials("open");
const editor = bearer(creds.keys.editor);

const UPSERT = `mutation ($input: GraphChangeInput!) {
  upsertGraph(input: $input) { nodes { created updated unchanged } relationships { created } }
}`;

const READ_BACK = `query ($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Source { title publisher }
    ... on Member { name administrationName note }
    ... on Event { title city outcomes topics }
  }
}`;

/** Counts that must not move when a hostile read is made. */
const COUNTS = "{ about { database { nodeCount relationshipCount labels { label count } } } }";

describe("hostile input", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true, auth: creds.settings });
  });
  afterAll(() => t.close());

  const graphql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    executeText(t.app, query, variables, headers);

  describe("as values in editor writes", () => {
    const source = { id: "source:hostile", title: LONG_TEXT, publisher: HOSTILE[0] };
    const members = HOSTILE.map((s, i) => ({
      id: `member:hostile-${i}`,
      properties: { name: s, kind: "country", administrationName: `${s} customs`, note: s },
      sources: [source.id],
    }));
    const event = {
      id: "event:hostile",
      properties: { title: LONG_NAME, kind: "workshop", city: HOSTILE[1], outcomes: HOSTILE, topics: [LONG_TEXT] },
      sources: [source.id],
    };
    const relationships = members.map((m) => ({ type: "PARTICIPATED_IN", from: m.id, to: event.id, properties: { role: "PARTICIPANT", note: HOSTILE[2] }, sources: [source.id] }));

    it("stores them (and nothing else happens to the graph)", async () => {
      expect([...LONG_TEXT]).toHaveLength(10_000);
      const before = (await graphql(COUNTS)).data as { about: { database: { nodeCount: number; relationshipCount: number } } };
      const res = await graphql(UPSERT, { input: { sources: [source], entities: [...members, event], relationships } }, editor);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ upsertGraph: { nodes: { created: HOSTILE.length + 2, updated: 0, unchanged: 0 }, relationships: { created: HOSTILE.length } } });
      const after = (await graphql(COUNTS)).data as typeof before;
      expect(after.about.database.nodeCount).toBe(before.about.database.nodeCount + HOSTILE.length + 2);
      // Only the new nodes' labels moved: no label was created, removed or emptied by what the strings say.
      const labels = (c: typeof before) => Object.fromEntries((c.about.database as unknown as { labels: { label: string; count: number }[] }).labels.map((l) => [l.label, l.count]));
      const was = labels(before);
      expect(labels(after)).toEqual({ ...was, Entity: was.Entity! + HOSTILE.length + 2, Member: was.Member! + HOSTILE.length, Event: was.Event! + 1, Source: was.Source! + 1 });
    });

    it("returns them exactly as sent", async () => {
      const res = await graphql(READ_BACK, { ids: [source.id, event.id, ...members.map((m) => m.id)] });
      expect(res.errors).toBeUndefined();
      expect(res.data?.nodes).toEqual([
        { id: source.id, title: LONG_TEXT, publisher: HOSTILE[0] },
        { id: event.id, title: LONG_NAME, city: HOSTILE[1], outcomes: HOSTILE, topics: [LONG_TEXT] },
        ...members.map(({ id, properties: { name, administrationName, note } }) => ({ id, name, administrationName, note })),
      ]);
    });

    it("writing them again changes nothing (idempotent, byte for byte)", async () => {
      const res = await graphql(UPSERT, { input: { sources: [source], entities: [...members, event], relationships } }, editor);
      expect(res.data).toEqual({ upsertGraph: { nodes: { created: 0, updated: 0, unchanged: HOSTILE.length + 2 }, relationships: { created: 0 } } });
    });

    it.each(HOSTILE.map((s, i) => [i, s] as const))("finds hostile string %i as text through the members filter", async (i, s) => {
      const res = await graphql("query ($text: String!) { members(filter: { text: $text, synthetic: false }, first: 100) { edges { node { id } } } }", { text: s });
      expect(res.errors).toBeUndefined();
      const ids = (res.data?.members as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
      expect(ids).toContain(`member:hostile-${i}`);
    });

    it.each(HOSTILE.map((s, i) => [i, s] as const))("searches for hostile string %i without an error", async (_i, s) => {
      const res = await graphql("query ($text: String!) { search(text: $text, first: 100) { node { id } } }", { text: s });
      expect(res.errors?.map((e) => e.extensions.code) ?? []).not.toContain("INTERNAL_SERVER_ERROR");
      if (res.errors) expect(res.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
      else expect(Array.isArray(res.data?.search)).toBe(true);
    });

    it("finds a member by a plain word of its hostile name through search", async () => {
      const res = await graphql('{ search(text: "carriage", first: 10) { node { id } } }');
      expect((res.data?.search as { node: { id: string } }[]).map((h) => h.node.id)).toContain(`member:hostile-${HOSTILE.length - 1}`);
    });

    it("refuses strings over the length limits, naming each, and writes nothing", async () => {
      const before = await graphql(COUNTS);
      const tooLong = { id: "member:hostile-long", properties: { name: `${LONG_NAME}Ж`, kind: "country", note: `${LONG_TEXT}x` }, sources: [source.id] };
      const res = await graphql(UPSERT, { input: { sources: [source], entities: [tooLong] } }, editor);
      expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      const problems = res.errors?.[0]?.extensions.problems as { path: string; message: string }[];
      expect(problems).toEqual(
        expect.arrayContaining([
          { path: "entities[0].properties.name", message: expect.stringMatching(/longer than 500/) as unknown },
          { path: "entities[0].properties.note", message: expect.stringMatching(/longer than 10000/) as unknown },
        ]),
      );
      expect(await graphql(COUNTS)).toEqual(before);
    });

    it("refuses a hostile id or relationship type with BAD_USER_INPUT, writing nothing", async () => {
      const before = await graphql(COUNTS);
      const res = await graphql(
        UPSERT,
        {
          input: {
            sources: [source],
            entities: [{ id: "member:x'}) DETACH DELETE n //", properties: { name: "X", kind: "country" }, sources: [source.id] }],
            relationships: [{ type: "PARTICIPATED_IN]->() DETACH DELETE n //", from: members[0]!.id, to: event.id, sources: [source.id] }],
          },
        },
        editor,
      );
      expect(res.statusCode).toBe(400);
      expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      expect(await graphql(COUNTS)).toEqual(before);
    });
  });

  describe("in read arguments", () => {
    /** Every node's labels and properties and every relationship, as one sorted list: any write shows. */
    const fingerprint = async () => {
      const session = t.db.driver.session({ database: t.db.name });
      try {
        const result = await session.run(
          "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) WITH n, collect([type(r), m.id, properties(r)]) AS out " +
            "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, out ORDER BY id",
        );
        return JSON.stringify(result.records.map((r) => r.toObject()));
      } finally {
        await session.close();
      }
    };
    let beforeReads: string;
    beforeAll(async () => {
      beforeReads = await fingerprint();
    });

    const reads: [string, string][] = [
      ["node", "query ($s: ID!) { node(id: $s) { id } }"],
      ["nodes", "query ($s: ID!) { nodes(ids: [$s, $s]) { id } }"],
      ["members text filter", "query ($s: String!) { members(filter: { text: $s }) { totalCount } }"],
      ["members region filter", "query ($s: String!) { members(filter: { region: $s, kind: $s }) { totalCount } }"],
      ["events filters", "query ($s: String!) { events(filter: { programme: $s, kind: $s, text: $s }) { totalCount } }"],
      ["a list cursor", "query ($s: String!) { members(after: $s) { totalCount } }"],
      ["organizations text filter", "query ($s: String!) { organizations(filter: { text: $s, kind: $s }) { totalCount } }"],
      ["search with labels", "query ($s: String!) { search(text: $s, labels: [$s]) { score } }"],
      ["membersInProgrammes", "query ($s: String!) { membersInProgrammes(programmes: [$s, \"PGS\"]) { member { id } } }"],
      ["coParticipants", "query ($s: ID!) { coParticipants(id: $s) { partner { id } } }"],
      ["cooperationNetwork", "query ($s: String!) { cooperationNetwork(programme: $s, region: $s) { edges { weight } } }"],
      ["neighbourhood", "query ($s: ID!) { neighbourhood(id: $s) { nodes { entityId } } }"],
      ["shortestPath", "query ($s: ID!) { shortestPath(from: $s, to: \"member:jpn\") { length } }"],
      ["timeline", "query ($s: ID!) { timeline(id: $s) { event { id } } }"],
    ];
    const cases = reads.flatMap(([name, query]) => [...HOSTILE, LONG_TEXT].map((s, i) => [name, i, query, s] as const));

    it.each(cases)("%s with hostile string %i: data or a clear 4xx error, never an internal one, nothing written", async (_name, _i, query, s) => {
      const res = await graphql(query, { s });
      for (const error of res.errors ?? []) {
        expect(["BAD_USER_INPUT", "NOT_FOUND"]).toContain(error.extensions.code);
        expect(error.message.length).toBeGreaterThan(10);
      }
      if (!res.errors) expect(res.data).toBeTruthy();
    });

    it("left the graph as it was", async () => {
      expect(await fingerprint()).toEqual(beforeReads);
    });
  });

  describe("malformed requests", () => {
    const post = (payload: string, contentType = "application/json") =>
      t.app.inject({ method: "POST", url: "/graphql", headers: { "content-type": contentType }, payload });
    type ErrorBody = { errors?: { message: string; extensions?: { code?: string } }[] };

    it.each([
      ["invalid JSON", '{"query": "{ __typename }"', /not valid JSON/],
      ["an empty body", "", /request body is empty/],
      ["JSON that is not an object", '"{ __typename }"', /JSON object has no keys/],
      ["a query that is not a string", '{"query": 42}', /GraphQL queries must be strings/],
      ["variables that are not an object", '{"query": "{ __typename }", "variables": [1]}', /`variables` in a POST body must be an object/],
      ["no query at all", '{"variables": {}}', /must contain a non-empty `query`/],
    ])("answers %s with 400 and a GraphQL error that names the problem", async (_what, payload, message) => {
      const res = await post(payload);
      expect(res.statusCode).toBe(400);
      expect(res.headers["content-type"]).toMatch(/json/);
      const body = res.json() as ErrorBody;
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    });

    it("answers a body in an unsupported content type with 415, saying what to send", async () => {
      const res = await post("query { __typename }", "application/graphql");
      expect(res.statusCode).toBe(415);
      expect((res.json() as ErrorBody).errors?.[0]).toEqual({
        message: "Content-Type application/graphql is not supported; send the request as application/json.",
        extensions: { code: "BAD_REQUEST" },
      });
    });

    it("refuses a text/plain POST (a cross-site form could send one) without running it", async () => {
      const res = await post("{ __typename }", "text/plain");
      expect(res.statusCode).toBe(400);
      expect((res.json() as ErrorBody).errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    });

    it.each([
      ["an unterminated selection", "{ node(id: \"member:jpn\") { id ", /Syntax Error: Expected Name, found <EOF>/],
      ["an unterminated string", '{ node(id: "member:jpn) { id } }', /Syntax Error: Unterminated string/],
      ["a stray character", "{ node(id: \"member:jpn\") { id } } §", /Syntax Error: Unexpected character/],
      ["an unknown field", "{ nope }", /Cannot query field "nope" on type "Query"/],
      ["a wrongly typed argument", "{ members(first: \"ten\") { totalCount } }", /Int cannot represent non-integer value/],
      ["Cypher instead of GraphQL", "MATCH (n) DETACH DELETE n", /Syntax Error: Unexpected Name "MATCH"/],
    ])("answers malformed GraphQL (%s) with 400 and the parser's message", async (_what, query, message) => {
      const res = await graphql(query);
      expect(res.statusCode).toBe(400);
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(res.errors?.[0]?.extensions.code).toMatch(/GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED/);
    });
  });
});
