import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { ImportRepository, noChangedIds, noOutcomes } from "../../src/import/import.repository.js";
import { ImportService } from "../../src/import/import.service.js";
import { buildApp, type App } from "../../src/server.js";
import { listenOnLoopback, startTestApp, type TestApp } from "../support/app.js";
import { bearer, testCredentials } from "../support/auth.js";
import { openTestDatabase, silentLogger } from "../support/db.js";
import { ChangesDocument, GraphChangedDocument, GraphVersionDocument, UpsertGraphVersionDocument, type GraphChangeInput } from "../generated/graphql.js";
import { execute } from "../support/graphql.js";
import { jsonl, member, source } from "../support/records.js";

// Reads need a credential here, so the SSE endpoint's access check is exercised too.
const creds = testCredentials("authenticated");
const reader = bearer(creds.keys.reader);
const editor = bearer(creds.keys.editor);

const src = { id: "source:changes-test", title: "Change feed notes", publisher: "coopgraph tests" };
const entity = (slug: string, name: string) => ({ id: `member:${slug}`, properties: { name, kind: "country", iso3: slug.toUpperCase() }, sources: [src.id] });
const change = (...entities: ReturnType<typeof entity>[]): GraphChangeInput => ({ sources: [src], entities, relationships: [] });

describe("graph version and change feed (two replicas on one Neo4j)", () => {
  let a: TestApp;
  let b: { db: Database; app: App };
  const dir = mkdtempSync(join(tmpdir(), "coopgraph-changes-"));

  beforeAll(async () => {
    a = await startTestApp({ auth: creds.settings, ops: { changes: { retention: 10_000, pollMs: 100 } } });
    // A second app on the same Neo4j, without emptying it: another replica.
    const db = await openTestDatabase();
    b = { db, app: await buildApp({ db, logger: silentLogger, auth: creds.settings, ops: { changes: { retention: 10_000, pollMs: 100 } } }) };
  });
  afterAll(async () => {
    await b?.app.close();
    await b?.db.close();
    await a?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const version = async (app: App) => {
    const res = await execute(app, GraphVersionDocument, {}, reader);
    expect(res.errors).toBeUndefined();
    return res.data!.about.graphVersion;
  };
  /** Waits until the app's change feed has a subscriber, read from its own /metrics gauge. */
  const subscribed = async (app: App) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await app.inject({ method: "GET", url: "/metrics" });
      expect(res.statusCode).toBe(200);
      if (/^coopgraph_change_feed_subscribers [1-9]/m.test(res.body)) return;
      if (Date.now() > deadline) throw new Error("the SSE subscription was not registered within 30 s");
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const changesSince = async (app: App, since: number, first?: number) => {
    const res = await execute(app, ChangesDocument, { since, ...(first ? { first } : {}) }, reader);
    expect(res.errors).toBeUndefined();
    return res.data!.changes;
  };

  it("upsertGraph advances the version by one and records ids, kinds and the credential's name; replica B sees it", async () => {
    const before = await version(a.app);
    const res = await execute(a.app, UpsertGraphVersionDocument, { input: change(entity("zza", "Zza")) }, editor);
    expect(res.errors).toBeUndefined();
    expect(res.data!.upsertGraph.graphVersion).toBe(before + 1);
    expect(await version(b.app)).toBe(before + 1);
    const page = await changesSince(b.app, before);
    expect(page).toMatchObject({ version: before + 1, hasMore: false, complete: true });
    expect(page.changes).toHaveLength(1);
    expect(page.changes[0]).toMatchObject({
      version: before + 1, actor: "test-editor", origin: "upsertGraph",
      created: [src.id, "member:zza"], updated: [], nodes: { created: 2, updated: 0 }, relationships: { created: 0, updated: 0 },
    });

    const update = await execute(a.app, UpsertGraphVersionDocument, { input: change({ ...entity("zza", "Zza Republic") }) }, editor);
    expect(update.data!.upsertGraph.graphVersion).toBe(before + 2);
    const [second] = (await changesSince(a.app, before + 1)).changes;
    expect(second).toMatchObject({ created: [], updated: ["member:zza"], nodes: { created: 0, updated: 1 } });
  });

  it("a dry run, an invalid write and a write that changes nothing record nothing", async () => {
    const before = await version(a.app);
    const dry = await execute(a.app, UpsertGraphVersionDocument, { input: change(entity("zzb", "Zzb")), dryRun: true }, editor);
    expect(dry.data!.upsertGraph).toEqual({ dryRun: true, graphVersion: null });
    const bad = await execute(a.app, UpsertGraphVersionDocument, { input: change({ ...entity("zzc", "Zzc"), properties: { name: "Zzc", kind: "planet", iso3: "ZZC" } }) }, editor);
    expect(bad.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const same = await execute(a.app, UpsertGraphVersionDocument, { input: change(entity("zza", "Zza Republic")) }, editor);
    expect(same.data!.upsertGraph.graphVersion).toBeNull();
    expect(await version(a.app)).toBe(before);
    expect((await changesSince(a.app, before)).changes).toEqual([]);
  });

  it("a rolled-back transaction takes its version and change back with it", async () => {
    const before = await version(a.app);
    const repo = new ImportRepository(a.db.runner);
    const record = { actor: "test", origin: "rollback", nodes: noOutcomes(), relationships: noOutcomes(), nodeIds: noChangedIds(), relationshipIds: noChangedIds() };
    await expect(a.db.runner.transaction("WRITE", async (tx) => {
      expect(await repo.recordChange(tx, record, 10_000)).toBe(before + 1);
      throw new Error("roll back");
    })).rejects.toThrow("roll back");
    expect(await version(b.app)).toBe(before);
  });

  it("an import advances the version by one per file, as actor import", async () => {
    const before = await version(a.app);
    const path = join(dir, "01-zzd.jsonl");
    writeFileSync(path, jsonl(source(), member("zzd", { iso3: "ZZD" })));
    const summary = await new ImportService(a.db.runner, silentLogger).importFiles([path]);
    expect(summary.files[0]?.version).toBe(before + 1);
    const [recorded] = (await changesSince(b.app, before)).changes;
    expect(recorded).toMatchObject({ version: before + 1, actor: "import", origin: "01-zzd.jsonl", nodes: { created: 2, updated: 0 } });
    expect(recorded?.created).toEqual(expect.arrayContaining(["member:zzd", "source:test-doc"]));
  });

  it("keeps only the newest COOPGRAPH_CHANGE_RETENTION changes, and says when a page has a gap", async () => {
    const start = await version(a.app);
    const service = new ImportService(a.db.runner, silentLogger, 2);
    for (const slug of ["zzr", "zzs", "zzt"]) {
      const path = join(dir, `${slug}.jsonl`);
      writeFileSync(path, jsonl(source(), member(slug, { iso3: slug.toUpperCase() })));
      await service.importFiles([path]);
    }
    const gap = await changesSince(b.app, start);
    expect(gap.changes.map((c) => c.version)).toEqual([start + 2, start + 3]);
    expect(gap.complete).toBe(false);
    expect((await changesSince(b.app, start + 1)).complete).toBe(true);
  });

  it("pages with since and first", async () => {
    const start = await version(a.app);
    for (const slug of ["zze", "zzf", "zzg"]) {
      const res = await execute(a.app, UpsertGraphVersionDocument, { input: change(entity(slug, slug)) }, editor);
      expect(res.errors).toBeUndefined();
    }
    const first = await changesSince(b.app, start, 2);
    expect(first.changes.map((c) => c.version)).toEqual([start + 1, start + 2]);
    expect(first.hasMore).toBe(true);
    const rest = await changesSince(b.app, first.changes.at(-1)!.version, 2);
    expect(rest.changes.map((c) => c.version)).toEqual([start + 3]);
    expect(rest).toMatchObject({ hasMore: false, version: start + 3, complete: true });
  });

  it("the SSE subscription of replica B pushes a write made through replica A; without a credential it is refused", async () => {
    const url = (await listenOnLoopback(b.app)).replace(/\/graphql$/, "/graphql/stream");
    const body = JSON.stringify({ query: print(GraphChangedDocument), variables: {} });
    const headers = { "content-type": "application/json", accept: "text/event-stream" };
    const refused = await fetch(url, { method: "POST", headers, body });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe("UNAUTHENTICATED");

    // Sent to /graphql instead, a subscription says where to go.
    const misplaced = await execute(b.app, GraphChangedDocument, {}, reader);
    expect(misplaced.errors?.[0]).toMatchObject({ message: expect.stringMatching(/\/graphql\/stream/), extensions: { code: "BAD_USER_INPUT" } });

    const controller = new AbortController();
    const res = await fetch(url, { method: "POST", headers: { ...headers, ...reader }, body, signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader_ = res.body!.getReader();
    // The subscription starts from the version at subscribe time: write only once replica B counts it as open
    // (a fixed pause lost the race on a loaded machine, and the write was then before the subscription's start).
    await subscribed(b.app);
    const write = await execute(a.app, UpsertGraphVersionDocument, { input: change(entity("zzh", "Zzh")) }, editor);
    const written = write.data!.upsertGraph.graphVersion!;
    let text = "";
    const decoder = new TextDecoder();
    const deadline = Date.now() + 15_000;
    while (!text.includes(`"version":${written}`) && Date.now() < deadline) {
      const { value, done } = await reader_.read();
      if (done) break;
      text += decoder.decode(value);
    }
    controller.abort();
    expect(text).toContain("event: next");
    const event = text.split("\n").find((l) => l.startsWith("data:") && l.includes(`"version":${written}`));
    expect(JSON.parse(event!.slice(5))).toEqual({ data: { graphChanged: { version: written, actor: "test-editor", origin: "upsertGraph", created: ["member:zzh"] } } });
  });
});
