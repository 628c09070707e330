import { parentPort } from "node:worker_threads";
import { computeMetrics, type MetricResult } from "./network.metrics.js";
import type { WorkerReply, WorkerRequest } from "./network.thread.js";

/**
 * The worker thread's entry: computes the metrics asked of a network and
 * sends them back, the value arrays transferred rather than copied.
 */
function buffersOf(results: readonly MetricResult[]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const r of results) {
    if ("values" in r && r.values) buffers.push(r.values.buffer as ArrayBuffer);
    if (r.kind === "communities") buffers.push(r.community.buffer as ArrayBuffer);
  }
  return buffers;
}

const port = parentPort;
if (!port) throw new Error("network.worker.ts runs as a worker thread (see network.thread.ts)");

port.on("message", (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const results = computeMetrics(request.network, request.jobs);
    reply = { id: request.id, results };
    port.postMessage(reply, buffersOf(results));
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    port.postMessage(reply);
  }
});
