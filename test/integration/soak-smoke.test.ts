import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryTrend, runSoak, type SoakResult } from "../../bench/soak/soak.load.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { testCredentials } from "../support/auth.js";
import { MemberSummaryDocument } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";

/**
 * `npm run bench:soak` in miniature (a few seconds, in-process server on the
 * test Neo4j), so the benchmark keeps working and its load stays clean:
 * no failed request, writes land once, reads and writes both happen.
 */
describe("soak benchmark (smoke)", () => {
  const creds = testCredentials("open");
  let t: TestApp;
  let result: SoakResult;

  beforeAll(async () => {
    t = await startTestApp({ seed: true, auth: creds.settings });
    await t.app.listen({ host: "127.0.0.1", port: 0 });
    const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/graphql`;
    // At least 60 requests (15 writes over the 5 targets, 45 reads over the 8 kinds), however slow the machine.
    result = await runSoak({ url, editorKey: creds.keys.editor, clients: 6, durationMs: 4_000, minRequests: 60, maxDurationMs: 120_000, writeEvery: 4, writeTargets: 5 });
  });
  afterAll(() => t.close());

  it("sends reads and writes and none fails", () => {
    expect(result.failureSamples).toEqual([]);
    expect(result.failures).toBe(0);
    expect(result.reads.count).toBeGreaterThanOrEqual(45);
    expect(result.writes.count).toBeGreaterThanOrEqual(15);
    expect(Object.keys(result.byOperation).sort()).toEqual(
      ["coParticipants", "membersInProgrammes", "membersPage", "neighbourhood", "nested", "node", "search", "shortestPath", "upsertGraph"],
    );
  });

  it("lands every write once: each member written holds a note one of its writes set, and one participation, however the writes raced", async () => {
    expect(result.written.size).toBe(5);
    // Racing writes to one member commit in lock order, not in the order they were sent: any of them may be last.
    for (const [id, notes] of result.written) {
      const res = await execute(t.app, MemberSummaryDocument, { id });
      const node = res.data?.node as { note: string | null; participations: { totalCount: number } };
      expect(notes).toContain(node.note);
      expect(node.participations).toEqual({ totalCount: 1 });
    }
  });

  it("computes a memory trend from samples", () => {
    const flat = [0, 5_000, 10_000, 15_000].map((atMs) => ({ atMs, heapUsedMB: 60, rssMB: 200 }));
    expect(memoryTrend(flat, 0)).toEqual({ slopeMBPerMin: 0, startMB: 60, endMB: 60, flat: true });
    const leak = [0, 60_000, 120_000].map((atMs, i) => ({ atMs, heapUsedMB: 60 + 20 * i, rssMB: 200 }));
    expect(memoryTrend(leak, 0)).toMatchObject({ slopeMBPerMin: 20, flat: false });
    expect(memoryTrend(flat.slice(0, 2), 0)).toBeUndefined();
  });
});
