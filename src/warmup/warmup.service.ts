import type { Logger } from "../logging/logger.js";
import { PICK_MEMBER, pickMember, SHAPES, warmupRequests } from "./warmup.operations.js";

/** What /ready and /health report about the start-up warm-up. */
export interface WarmupStatus {
  state: "off" | "running" | "done" | "failed";
  /** Milliseconds it took (or has taken so far). */
  ms: number;
  /** GraphQL operations sent so far. */
  operations: number;
}

/** Sends one GraphQL operation to the app (over loopback in main.ts); returns the HTTP status and body. */
export type Send = (body: { query: string; variables?: Record<string, unknown> }) => Promise<{ status: number; body: string }>;

/**
 * Warms the server up at start-up so the first request of a user costs about
 * what later ones do. Most of a cold first request is Neo4j planning its
 * statements (the relation page statements take seconds each, per size class
 * of their list parameters), so:
 * 1. `begin(plan)`, as soon as the schema is applied (before the app is even
 *    built): Neo4j plans the relation page statements, all at once;
 * 2. `start(send)`, once the server listens: a member lookup and `about`
 *    meanwhile, then one pass of the everyday shapes (src/warmup/warmup.operations.ts)
 *    at once, through the whole stack: the other statements' plans, the
 *    driver's connections, Node's compiled code.
 * Readiness waits for it at most `maxWaitMs` (then the server reports ready and
 * the warm-up goes on); a failure is logged and never stops the server.
 */
export class Warmup {
  private status: WarmupStatus = { state: "off", ms: 0, operations: 0 };
  private startedAt = 0;
  private planned: Promise<void> | undefined;
  private finished: Promise<void> = Promise.resolve();
  private markEnded: () => void = () => {};
  private readonly ended = new Promise<void>((resolve) => (this.markEnded = resolve));
  /** True once readiness no longer waits for it (done, failed or past its time). */
  released = false;

  constructor(private readonly logger: Logger) {}

  get current(): WarmupStatus {
    return this.status.state === "running" ? { ...this.status, ms: Math.round(performance.now() - this.startedAt) } : this.status;
  }

  /** Starts the plan step now (RelationRepository.warm); start() waits for it. */
  begin(plan: () => Promise<void>): void {
    this.startedAt = performance.now();
    this.status = { state: "running", ms: 0, operations: 0 };
    const t = performance.now();
    this.planned = plan().then(() => this.logger.debug({ ms: Math.round(performance.now() - t) }, "warm-up: statements planned"));
    // Its failure is reported by start(); until then it must not count as unhandled.
    this.planned.catch(() => {});
  }

  /**
   * Runs the operations once the plan step (begun here unless begin() was
   * called) is done; resolves when all is done or after maxWaitMs, whichever
   * comes first.
   */
  start(send: Send, maxWaitMs: number, plan: () => Promise<void> = async () => {}): Promise<void> {
    if (!this.planned) this.begin(plan);
    const planned = this.planned ?? Promise.resolve();
    this.finished = this.run(send, planned).then(
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

  /** Resolves when the warm-up has ended, done or failed, even if it has not started yet: for work that must not slow it down. */
  whenEnded(): Promise<void> {
    return this.ended;
  }

  private finish(state: "done" | "failed"): void {
    this.status = { ...this.status, state, ms: Math.round(performance.now() - this.startedAt) };
    this.markEnded();
    if (state === "done") this.logger.info({ ms: this.status.ms, operations: this.status.operations }, "warm-up done");
  }

  private async run(send: Send, planned: Promise<void>): Promise<void> {
    const counted: Send = async (body) => {
      const res = await send(body);
      this.status.operations += 1;
      if (res.status !== 200) throw new Error(`warm-up operation answered HTTP ${res.status}: ${res.body.slice(0, 200)}`);
      return res;
    };
    // Sent while the relation page plans are made: `about` needs none of them,
    // the member pick needs the outgoing one, which Neo4j is making already
    // (measured: four identical cold statements at once took 1.1 to 1.7 times one).
    const [id] = await Promise.all([counted({ query: PICK_MEMBER }).then((res) => pickMember(res.body)), counted({ query: SHAPES.about }), planned]);
    // At once: their relation page plans are made, and several connections open.
    await Promise.all(warmupRequests(id).map((body) => counted(body)));
  }
}
