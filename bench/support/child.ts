/**
 * Servers under benchmark run as child processes (fork with tsx): they report
 * their port, answer memory requests (after a GC when --expose-gc is on) and
 * stop on request, all over IPC.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { SERVER_NODE_FLAGS } from "../../src/config/node-flags.js";
import { projectRoot } from "../../src/config/project-root.js";

export type ChildMessage = { type: "listening"; port: number } | { type: "memory"; heapUsedMB: number; rssMB: number };

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

export function childEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${process.argv[1]}: ${name} is not set`);
  return value;
}

/** In the child: say where it listens, then serve memory and stop requests. */
export function serveChild(port: number, close: () => Promise<void>): void {
  const send = (message: ChildMessage) => process.send?.(message);
  send({ type: "listening", port });
  process.on("message", (message: { type?: string }) => {
    if (message.type === "memory") {
      // After a full collection the heap is what the server keeps: growth there is a leak, not garbage.
      globalThis.gc?.();
      const m = process.memoryUsage();
      send({ type: "memory", heapUsedMB: mb(m.heapUsed), rssMB: mb(m.rss) });
    } else if (message.type === "stop") {
      void close().finally(() => process.exit(0));
    }
  });
}

export interface ChildServer {
  port: number;
  memory(): Promise<{ heapUsedMB: number; rssMB: number }>;
  stop(): Promise<void>;
}

export interface ChildOptions {
  /**
   * Run the build in dist/ (`npm run build:bench`) with plain node, as users
   * run coopgraph, rather than the TypeScript source under tsx, whose loader
   * hooks and source-mapped stack traces (the driver captures one per query)
   * cost CPU that a benchmark would wrongly charge to the server.
   */
  compiled?: boolean;
  /** Extra node options, e.g. --cpu-prof. */
  nodeOptions?: string[];
}

/** In the parent: starts bench/<script> (a .ts path) and waits until it listens. */
export async function startChild(script: string, env: Record<string, string>, opts: ChildOptions = {}): Promise<ChildServer> {
  const path = opts.compiled ? join(projectRoot(), "dist", "bench", script.replace(/\.ts$/, ".js")) : join(projectRoot(), "bench", script);
  if (opts.compiled && !existsSync(path)) throw new Error(`${path} does not exist: run npm run build:bench first`);
  const child = fork(path, {
    // Every server with the flags `npm start` gives coopgraph, so they are measured as deployed and alike.
    execArgv: ["--expose-gc", ...SERVER_NODE_FLAGS, ...(opts.nodeOptions ?? []), ...(opts.compiled ? [] : ["--import", "tsx"])],
    env: { ...process.env, ...env },
  });
  const next = replies(child);
  const { port } = await next("listening");
  return {
    port,
    memory: async () => {
      const reply = next("memory");
      child.send({ type: "memory" });
      return reply;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ type: "stop" });
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits for the child's next message of a type; rejects every waiter if the child exits first. */
function replies(child: ChildProcess) {
  const waiting = new Map<string, { resolve: (m: ChildMessage) => void; reject: (e: Error) => void }[]>();
  child.on("message", (m: ChildMessage) => {
    waiting.get(m.type)?.shift()?.resolve(m);
  });
  child.once("exit", (code) => {
    for (const [type, list] of waiting) for (const w of list) w.reject(new Error(`the benchmark server exited (code ${code}) before sending ${type}`));
    waiting.clear();
  });
  return <T extends ChildMessage["type"]>(type: T) =>
    new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
      const list = waiting.get(type) ?? [];
      list.push({ resolve: resolve as (m: ChildMessage) => void, reject });
      waiting.set(type, list);
    });
}
