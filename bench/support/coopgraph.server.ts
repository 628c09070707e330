/**
 * coopgraph as users run it (buildApp on a real Neo4j), in a process of its
 * own so its memory and CPU are measured apart from the load generator's.
 * Started with fork() (see child.ts): settings come in the environment, the
 * port and memory samples go back over IPC.
 */
// First, as in src/main.ts: production mode unless NODE_ENV says otherwise (graphql-js reads it when it loads).
import "../../src/config/production-mode.js";
import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { apiKeyEntry } from "../../src/auth/auth.api-keys.js";
import { connectDatabase } from "../../src/db/database.js";
import { createLogger } from "../../src/logging/logger.js";
import { buildApp, OPEN_ACCESS } from "../../src/server.js";
import { childEnv, serveChild } from "./child.js";

const logger = createLogger({ level: "warn", format: "json" });
const db = await connectDatabase(
  { uri: childEnv("BENCH_NEO4J_URI"), username: "neo4j", password: childEnv("BENCH_NEO4J_PASSWORD"), database: "neo4j", queryTimeoutMs: 30_000, connectionTimeoutMs: 5_000 },
  logger,
);
const editorKey = process.env.BENCH_EDITOR_KEY;
const auth = { ...OPEN_ACCESS, apiKeys: editorKey ? [apiKeyEntry("bench-editor", "editor", editorKey)] : [] };
const app = await buildApp({ db, logger, auth });
await app.listen({ host: "127.0.0.1", port: 0 });
serveChild((app.server.address() as AddressInfo).port, async () => {
  await app.close();
  await db.close();
});
