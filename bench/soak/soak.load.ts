/**
 * The soak load: concurrent clients sending a mix of GraphQL reads and editor
 * writes to a running coopgraph over loopback, for a bounded time. Used by
 * `npm run bench:soak` (server in a child process, own Neo4j) and by the
 * smoke test (server in-process, test Neo4j).
 */
import { performance } from "node:perf_hooks";

export interface SoakOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** An API key with the editor role. */
  editorKey: string;
  clients: number;
  durationMs: number;
  /**
   * Keep going past durationMs until this many requests were sent (at most
   * until maxDurationMs): a smoke run on a loaded machine still exercises
   * every operation, instead of failing for having been slow.
   */
  minRequests?: number;
  maxDurationMs?: number;
  /** One request in this many is a write (default 10). */
  writeEvery?: number;
  /** Distinct members the writes cycle through (default 50): later writes update earlier ones. */
  writeTargets?: number;
  /** Called every sampleEveryMs with the server's memory (after a GC when it can). */
  sampleMemory?: () => Promise<MemorySample>;
  sampleEveryMs?: number;
}

export interface MemorySample {
  atMs: number;
  heapUsedMB: number;
  rssMB: number;
}

export interface LatencyStats {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface SoakResult {
  seconds: number;
  clients: number;
  requests: number;
  failures: number;
  /** The first few failures, as "operation: message". */
  failureSamples: string[];
  requestsPerSecond: number;
  reads: LatencyStats;
  writes: LatencyStats;
  byOperation: Record<string, LatencyStats>;
  /** Member ids written at least once, with the notes of the writes that succeeded. */
  written: Map<string, string[]>;
  memory: MemorySample[];
}

/** The read mix: what analysts and dashboards ask, with variables drawn from the seed's members. */
const READS: { name: string; query: string; variables: (pick: () => string) => Record<string, unknown> }[] = [
  { name: "node", query: "query ($id: ID!) { node(id: $id) { id ... on Member { name region { id } } } }", variables: (pick) => ({ id: pick() }) },
  { name: "membersPage", query: "query { members(first: 20, filter: { region: \"EUR\" }) { totalCount edges { cursor node { id name } } } }", variables: () => ({}) },
  {
    name: "membersInProgrammes",
    query: 'query { membersInProgrammes(programmes: ["PGS", "SALW"]) { member { id name } programmes { programme { code } events { id } } } }',
    variables: () => ({}),
  },
  {
    name: "nested",
    query: "query ($id: ID!) { node(id: $id) { ... on Member { participations(first: 10) { totalCount edges { node { id ... on Event { title programmes { edges { node { id } } } } } } } } } }",
    variables: (pick) => ({ id: pick() }),
  },
  { name: "coParticipants", query: "query ($id: ID!) { coParticipants(id: $id, first: 10) { partner { id } sharedEventCount } }", variables: (pick) => ({ id: pick() }) },
  { name: "neighbourhood", query: "query ($id: ID!) { neighbourhood(id: $id, depth: 2, limitPerLevel: 25) { nodes { level node { id } } } }", variables: (pick) => ({ id: pick() }) },
  { name: "search", query: 'query { search(text: "customs enforce", first: 10) { score node { id } } }', variables: () => ({}) },
  { name: "shortestPath", query: "query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length } }", variables: (pick) => ({ from: pick(), to: pick() }) },
];

const UPSERT = `mutation ($input: GraphChangeInput!) {
  upsertGraph(input: $input) { nodes { created updated unchanged } relationships { created updated unchanged } }
}`;

/** One editor write: a member and an event of its own, tied to each other and to PGS, citing one shared source. */
export function soakChange(target: number, note: string) {
  const source = "source:soak";
  const member = `member:soak-${target}`;
  const event = `event:soak-${target}`;
  return {
    member,
    input: {
      sources: [{ id: source, title: "Soak benchmark writes", publisher: "coopgraph bench", kind: "dataset" }],
      entities: [
        { id: member, properties: { name: `Soak member ${target}`, kind: "country", note, synthetic: true }, sources: [source] },
        { id: event, properties: { title: `Soak workshop ${target}`, kind: "workshop", startDate: "2026-11-23", synthetic: true }, sources: [source] },
      ],
      relationships: [
        { type: "PARTICIPATED_IN", from: member, to: event, properties: { role: "PARTICIPANT", synthetic: true }, sources: [source] },
        { type: "ACTIVITY_OF", from: event, to: "programme:pgs", properties: { synthetic: true }, sources: [source] },
      ],
    },
  };
}

interface Outcome {
  ok: boolean;
  message?: string;
}

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<Outcome> {
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    const text = await res.text();
    // A GraphQL error in a 200 answer is a failure too.
    const json = JSON.parse(text) as { errors?: { message: string }[] };
    if (res.status !== 200 || json.errors?.length) return { ok: false, message: `HTTP ${res.status}: ${json.errors?.[0]?.message ?? text.slice(0, 200)}` };
    return { ok: true };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

export function latencyStats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { count: sorted.length, p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), maxMs: round(sorted.at(-1) ?? 0) };
}

/** Member ids of the seed to draw read variables from. */
async function memberIds(url: string): Promise<string[]> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ members(first: 100, filter: { synthetic: false }) { edges { node { id } } } }" }),
  });
  const json = (await res.json()) as { data?: { members: { edges: { node: { id: string } }[] } }; errors?: { message: string }[] };
  const ids = json.data?.members.edges.map((e) => e.node.id) ?? [];
  if (ids.length === 0) throw new Error(`the server at ${url} has no members to read (${json.errors?.[0]?.message ?? "empty graph"}); load the seed first`);
  return ids;
}

export async function runSoak(opts: SoakOptions): Promise<SoakResult> {
  const writeEvery = opts.writeEvery ?? 10;
  const targets = opts.writeTargets ?? 50;
  const ids = await memberIds(opts.url);
  const pick = () => ids[Math.floor(Math.random() * ids.length)]!;
  const editor = { authorization: `Bearer ${opts.editorKey}` };

  const latencies = new Map<string, number[]>();
  const failureSamples: string[] = [];
  const written = new Map<string, string[]>();
  const memory: MemorySample[] = [];
  let failures = 0;
  let sent = 0;
  let readsSent = 0;

  const started = performance.now();
  const deadline = started + opts.durationMs;
  const hardDeadline = started + Math.max(opts.durationMs, opts.maxDurationMs ?? 0);
  const minRequests = opts.minRequests ?? 0;
  const goOn = () => {
    const now = performance.now();
    return now < deadline || (sent < minRequests && now < hardDeadline);
  };
  const record = (name: string, ms: number, outcome: Outcome) => {
    if (!latencies.has(name)) latencies.set(name, []);
    latencies.get(name)!.push(ms);
    if (!outcome.ok) {
      failures += 1;
      if (failureSamples.length < 10) failureSamples.push(`${name}: ${outcome.message}`);
    }
  };

  const client = async () => {
    while (goOn()) {
      const n = sent++;
      const t0 = performance.now();
      if (n % writeEvery === writeEvery - 1) {
        const note = `soak write ${n}`;
        const change = soakChange(n % targets, note);
        const outcome = await post(opts.url, { query: UPSERT, variables: { input: change.input } }, editor);
        if (outcome.ok) written.set(change.member, [...(written.get(change.member) ?? []), note]);
        record("upsertGraph", performance.now() - t0, outcome);
      } else {
        const read = READS[readsSent++ % READS.length]!;
        const outcome = await post(opts.url, { query: read.query, variables: read.variables(pick) }, {});
        record(read.name, performance.now() - t0, outcome);
      }
    }
  };

  const sampler = async () => {
    if (!opts.sampleMemory) return;
    const every = opts.sampleEveryMs ?? 5_000;
    memory.push(await opts.sampleMemory());
    while (performance.now() + every < deadline) {
      await new Promise((r) => setTimeout(r, every));
      memory.push({ ...(await opts.sampleMemory()), atMs: Math.round(performance.now() - started) });
    }
  };

  await Promise.all([...Array.from({ length: opts.clients }, client), sampler()]);
  if (opts.sampleMemory) memory.push({ ...(await opts.sampleMemory()), atMs: Math.round(performance.now() - started) });
  const seconds = (performance.now() - started) / 1000;

  const all = (filter: (name: string) => boolean) => [...latencies].filter(([name]) => filter(name)).flatMap(([, v]) => v);
  const requests = [...latencies.values()].reduce((sum, v) => sum + v.length, 0);
  return {
    seconds: Math.round(seconds * 10) / 10,
    clients: opts.clients,
    requests,
    failures,
    failureSamples,
    requestsPerSecond: Math.round(requests / seconds),
    reads: latencyStats(all((name) => name !== "upsertGraph")),
    writes: latencyStats(all((name) => name === "upsertGraph")),
    byOperation: Object.fromEntries([...latencies].map(([name, v]) => [name, latencyStats(v)])),
    written,
    memory,
  };
}

/** Heap growth per minute after warm-up, by least squares over the samples; and whether memory stayed flat. */
export function memoryTrend(samples: MemorySample[], warmUpMs: number): { slopeMBPerMin: number; startMB: number; endMB: number; flat: boolean } | undefined {
  const steady = samples.filter((s) => s.atMs >= warmUpMs);
  if (steady.length < 3) return undefined;
  const n = steady.length;
  const mx = steady.reduce((a, s) => a + s.atMs, 0) / n;
  const my = steady.reduce((a, s) => a + s.heapUsedMB, 0) / n;
  const sxy = steady.reduce((a, s) => a + (s.atMs - mx) * (s.heapUsedMB - my), 0);
  const sxx = steady.reduce((a, s) => a + (s.atMs - mx) ** 2, 0);
  const slopePerMs = sxx === 0 ? 0 : sxy / sxx;
  const slopeMBPerMin = Math.round(slopePerMs * 60_000 * 100) / 100;
  const startMB = steady[0]!.heapUsedMB;
  const endMB = steady.at(-1)!.heapUsedMB;
  const spanMin = (steady.at(-1)!.atMs - steady[0]!.atMs) / 60_000;
  // Flat: the trend over the run adds less than 5 MB or 10% of the steady heap, whichever is larger.
  const flat = slopeMBPerMin * spanMin < Math.max(5, 0.1 * startMB);
  return { slopeMBPerMin, startMB, endMB, flat };
}
