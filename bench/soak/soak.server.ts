/**
 * The server under soak, in a process of its own so its memory is measured
 * apart from the load generator's. Started by bench/soak.ts with fork();
 * settings come in the environment, the port and memory samples go back over IPC.
 */
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { apiKeyEntry } from "../../src/auth/auth.api-keys.js";
import { connectDatabase } from "../../src/db/database.js";
import { createLogger } from "../../src/logging/logger.js";
import { buildApp, OPEN_ACCESS } from "../../src/server.js";

export type ServerMessage = { type: "listening"; port: number } | { type: "memory"; heapUsedMB: number; rssMB: number };

const env = (name: string) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`soak server: ${name} is not set`);
  return value;
};

const send = (message: ServerMessage) => process.send?.(message);
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

const logger = createLogger({ level: "warn", format: "json" });
const db = await connectDatabase(
  { uri: env("SOAK_NEO4J_URI"), username: "neo4j", password: env("SOAK_NEO4J_PASSWORD"), database: "neo4j", queryTimeoutMs: 30_000, connectionTimeoutMs: 5_000 },
  logger,
);
const app = await buildApp({ db, logger, auth: { ...OPEN_ACCESS, apiKeys: [apiKeyEntry("soak-editor", "editor", env("SOAK_EDITOR_KEY"))] } });
await app.listen({ host: "127.0.0.1", port: 0 });
send({ type: "listening", port: (app.server.address() as AddressInfo).port });

process.on("message", (message: { type?: string }) => {
  if (message.type === "memory") {
    // After a full collection the heap is what the server keeps: growth there is a leak, not garbage.
    globalThis.gc?.();
    const m = process.memoryUsage();
    send({ type: "memory", heapUsedMB: mb(m.heapUsed), rssMB: mb(m.rss) });
  } else if (message.type === "stop") {
    void app.close().then(() => db.close()).then(() => process.exit(0));
  }
});
