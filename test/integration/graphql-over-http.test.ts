import { serverAudits, type AuditResult } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenOnLoopback, startTestApp, type TestApp } from "../support/app.js";

/**
 * The GraphQL-over-HTTP audits of the graphql-http package, run against the
 * real server listening on loopback (not inject()), on the real Neo4j.
 * MUST audits have to pass; SHOULD and MAY audits are reported in one test
 * so a regression in them is visible without blocking on recommendations.
 */
describe("GraphQL over HTTP (graphql-http audits)", () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
    url = await listenOnLoopback(t.app);
  });
  afterAll(() => t.close());

  const audits = serverAudits({ url: () => url, fetchFn: fetch });
  const describeFailure = (r: AuditResult) =>
    r.status === "ok" ? "" : `${r.id} ${r.name}: ${r.reason}${"response" in r ? ` (status ${r.response.status})` : ""}`;

  for (const audit of audits.filter((a) => a.name.startsWith("MUST"))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, describeFailure(result)).toBe("ok");
    });
  }

  // Apollo Server answers a request that never reaches execution (unparsable
  // document, invalid document, variables that do not coerce) with 400 even for
  // application/json, so clients, proxies and caches see the failure for what it
  // is. The spec recommends 200 for legacy application/json clients; we keep 400.
  const KNOWN_SHOULD = ["572B", "FDE2", "7B9B"];

  it("passes the SHOULD audits, apart from Apollo's 400 on requests that never execute", async () => {
    const results = await Promise.all(audits.filter((a) => a.name.startsWith("SHOULD")).map((a) => a.fn()));
    expect(results.length).toBeGreaterThan(KNOWN_SHOULD.length);
    const failures = results.filter((r) => r.status !== "ok");
    expect(failures.filter((r) => !KNOWN_SHOULD.includes(r.id)).map(describeFailure)).toEqual([]);
    // A known deviation that goes away should be noticed and removed from the list.
    expect(failures.map((r) => r.id).sort()).toEqual([...KNOWN_SHOULD].sort());
  });
});
