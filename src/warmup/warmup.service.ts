import type { Logger } from "../logging/logger.js";

/** What /ready and /health report about the start-up warm-up. */
export interface WarmupStatus {
  state: "off" | "running" | "done" | "failed";
  /** Milliseconds it took (or has taken so far). */
  ms: number;
  /** GraphQL operations sent so far. */
  operations: number;
}

/** Sends one GraphQL operation to the app in-process (Fastify inject); returns the HTTP status and body. */
export type Send = (body: { query: string; variables?: Record<string, unknown> }) => Promise<{ status: number; body: string }>;

/**
 * The shapes dashboards ask most, so the first real request finds Neo4j's plan
 * for each statement they send already made (a plan depends on the statement
 * and on the size class of its list parameters: one parent, a page of
 * parents), the driver's connections open, Node's code compiled and the pages
 * of the busiest entities in Neo4j's cache.
 */
const NESTED = `edges { role node { id ... on Event { title startDate participants(first: 10, includeSynthetic: true) { edges { role node { id ... on Member { name region { id } } } } } } } }`;
const OPERATIONS = {
  about: "{ about { version database { version nodeCount } } }",
  members: `{ members(first: 20) { totalCount edges { node { id name region { id } participations(first: 10, includeSynthetic: true) { totalCount ${NESTED} } } } } }`,
  events: "{ events(first: 20) { totalCount edges { node { id title participants(first: 10) { totalCount edges { node { id } } } programmes(first: 10) { edges { node { id } } } } } } }",
  busiest: `query ($id: ID!) { node(id: $id) { id ... on Member { name iso3 administrationName participations(first: 20, includeSynthetic: true) { totalCount ${NESTED} } } } }`,
  programmes: "{ programmes(first: 20) { edges { node { id activities(first: 10, includeSynthetic: true) { totalCount edges { node { id } } } } } } }",
} as const;

/** The member with the most participations among the first page, read through the API itself. */
async function busiestMember(send: Send): Promise<string | undefined> {
  const res = await send({ query: "{ members(first: 100) { edges { node { id participations(includeSynthetic: true, first: 1) { totalCount } } } } }" });
  const parsed = JSON.parse(res.body) as { data?: { members?: { edges: { node: { id: string; participations: { totalCount: number } } }[] } } };
  const edges = parsed.data?.members?.edges ?? [];
  return edges.reduce<(typeof edges)[number] | undefined>((best, e) => (!best || e.node.participations.totalCount > best.node.participations.totalCount ? e : best), undefined)?.node.id;
}

/**
 * Warms the server after it starts listening: the slow plans first, then a
 * fixed set of GraphQL operations through the whole stack, so the first
 * request of a user costs about what later ones do.
 * Readiness waits for it, at most `maxWaitMs` (then the server reports ready
 * and the warm-up goes on); a failure is logged and never stops the server.
 */
export class Warmup {
  private status: WarmupStatus = { state: "off", ms: 0, operations: 0 };
  private startedAt = 0;
  private finished: Promise<void> = Promise.resolve();
  /** True once readiness no longer waits for it (done, failed or past its time). */
  released = false;

  constructor(private readonly logger: Logger) {}

  get current(): WarmupStatus {
    return this.status.state === "running" ? { ...this.status, ms: Math.round(performance.now() - this.startedAt) } : this.status;
  }

  /**
   * Starts the warm-up and resolves when it is done or after maxWaitMs,
   * whichever comes first. `plan` first has Neo4j plan the statements whose
   * planning is slow (RelationRepository.warm), then come the operations.
   */
  start(send: Send, maxWaitMs: number, plan: () => Promise<void> = async () => {}): Promise<void> {
    this.startedAt = performance.now();
    this.status = { state: "running", ms: 0, operations: 0 };
    this.finished = plan().then(() => this.run(send)).then(
      () => this.finish("done"),
      (err: unknown) => {
        this.logger.warn({ err }, "warm-up failed; the server runs cold");
        this.finish("failed");
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const cap = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)));
    return Promise.race([this.finished, cap]).finally(() => {
      clearTimeout(timer);
      this.released = true;
    });
  }

  /** Resolves when the warm-up has ended (for shutdown and tests). */
  settled(): Promise<void> {
    return this.finished;
  }

  private finish(state: "done" | "failed"): void {
    this.status = { ...this.status, state, ms: Math.round(performance.now() - this.startedAt) };
    if (state === "done") this.logger.info({ ms: this.status.ms, operations: this.status.operations }, "warm-up done");
  }

  private async run(send: Send): Promise<void> {
    const counted: Send = async (body) => {
      const res = await send(body);
      this.status.operations += 1;
      if (res.status !== 200) throw new Error(`warm-up operation answered HTTP ${res.status}: ${res.body.slice(0, 200)}`);
      return res;
    };
    const id = await busiestMember(counted);
    const all: Parameters<Send>[0][] = [OPERATIONS.about, OPERATIONS.members, OPERATIONS.events, OPERATIONS.programmes].map((query) => ({ query }));
    if (id) all.push({ query: OPERATIONS.busiest, variables: { id } });
    // One at a time (each may still make plans, which takes Neo4j's CPU), then all at once:
    // the second pass meets the plans the first one made and opens several connections.
    for (const op of all) await counted(op);
    await Promise.all(all.map((op) => counted(op)));
  }
}
