import { channel } from "node:diagnostics_channel";
import { Worker } from "node:worker_threads";
import { QueryTimeoutError } from "../errors/errors.js";
import type { CompactNetwork, MetricJob, MetricResult } from "./network.metrics.js";

/** A computation sent to the worker. */
export interface WorkerRequest {
  id: number;
  network: CompactNetwork;
  jobs: MetricJob[];
}

export type WorkerReply = { id: number; results: MetricResult[] } | { id: number; error: string };

/** Published when a computation starts and ends in the worker (name, jobs, nodes, edges): tests and operators can watch it. */
export const METRICS_CHANNEL = channel("coopgraph:network-metrics");

export interface MetricsEvent {
  phase: "start" | "end";
  jobs: MetricJob["kind"][];
  nodes: number;
  edges: number;
}

interface Pending {
  request: WorkerRequest;
  resolve: (results: MetricResult[]) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread, started on the first computation, that computes the
 * metrics off the event loop, one network at a time (the others wait in
 * order). It holds the process open only while it has work, so a test or a
 * script that forgets close() still exits; close() stops it with the server.
 * A computation past timeoutMs stops the worker (the next one starts anew).
 */
export class MetricsThread {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private running: { pending: Pending; timer: NodeJS.Timeout } | undefined;
  private nextId = 1;
  private closed = false;

  constructor(private readonly timeoutMs: number) {}

  run(network: CompactNetwork, jobs: MetricJob[]): Promise<MetricResult[]> {
    if (this.closed) return Promise.reject(new Error("the network metrics worker is shut down"));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, network, jobs }, resolve, reject });
      this.pump();
    });
  }

  /** Stops the worker; computations not finished fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.fail(new Error("the network metrics worker is shut down"));
    if (worker) await worker.terminate();
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const pending = this.queue.shift()!;
    const worker = this.start();
    worker.ref();
    const timer = setTimeout(() => this.timeout(), this.timeoutMs);
    this.running = { pending, timer };
    publish("start", pending.request);
    // Copied, not transferred: the caller's cache keeps the network for the next metric.
    worker.postMessage(pending.request);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker();
    worker.on("message", (reply: WorkerReply) => this.settle(reply));
    worker.on("error", (error) => this.crash(worker, error));
    worker.on("exit", (code) => this.crash(worker, new Error(`the network metrics worker exited (code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: WorkerReply): void {
    const running = this.running;
    if (!running || running.pending.request.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    publish("end", running.pending.request);
    if ("error" in reply) running.pending.reject(new Error(`network metrics failed: ${reply.error}`));
    else running.pending.resolve(reply.results);
    if (this.queue.length === 0) this.worker?.unref();
    this.pump();
  }

  private timeout(): void {
    const running = this.running;
    if (!running) return;
    const worker = this.worker;
    this.worker = undefined;
    this.running = undefined;
    publish("end", running.pending.request);
    running.pending.reject(new QueryTimeoutError(`the network metrics took longer than ${this.timeoutMs} ms and were stopped; narrow the network (region, programme, period, minWeight)`));
    void worker?.terminate();
    this.pump();
  }

  /** The worker died: the computation it held fails, the queue goes on with a new worker. */
  private crash(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    const running = this.running;
    this.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      publish("end", running.pending.request);
      running.pending.reject(error);
    }
    if (!this.closed) this.pump();
  }

  private fail(error: Error): void {
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.pending.reject(error);
      this.running = undefined;
    }
    for (const pending of this.queue.splice(0)) pending.reject(error);
    this.worker = undefined;
  }
}

/**
 * Built, the worker is the .js beside this file. From source (tsx, vitest) it
 * is the .ts file, which plain Node cannot load: a small script registers
 * tsx's loader in the new thread first (a --import in execArgv does not reach
 * a worker's module loader on Node 20).
 */
function spawnWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./network.worker.js", import.meta.url));
  const entry = new URL("./network.worker.ts", import.meta.url).href;
  const script = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(script, { eval: true });
}

function publish(phase: MetricsEvent["phase"], request: WorkerRequest): void {
  if (!METRICS_CHANNEL.hasSubscribers) return;
  const event: MetricsEvent = { phase, jobs: request.jobs.map((j) => j.kind), nodes: request.network.nodes.length, edges: request.network.sources.length };
  METRICS_CHANNEL.publish(event);
}
