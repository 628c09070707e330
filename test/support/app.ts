import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import type { Tracer } from "@opentelemetry/api";
import type { AuthSettings, Limits } from "../../src/config/config.js";
import type { Database } from "../../src/db/database.js";
import { applySchema } from "../../src/db/schema.apply.js";
import { seedIfEmpty } from "../../src/seed/seed.loader.js";
import { buildApp, type App, type AppOptions } from "../../src/server.js";
import { openTestDatabase, resetGraph, silentLogger } from "./db.js";

export interface TestApp {
  db: Database;
  app: App;
  close(): Promise<void>;
}

/**
 * The app on the test Neo4j, from an empty graph with the schema applied and,
 * when asked, the seed loaded. `prepare` runs before the app is built.
 */
export interface TestAppOptions {
  seed?: boolean;
  prepare?: (db: Database) => Promise<void>;
  /** Access settings (default: reads open, no credentials); see test/support/auth.ts. */
  auth?: AuthSettings;
  limits?: Partial<Limits>;
  /** CORS, rate limit, /metrics access. */
  ops?: AppOptions["ops"];
  tracer?: Tracer;
  /** Time limit of the app's own queries (default 60 s). */
  queryTimeoutMs?: number;
}

export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const db = await openTestDatabase(silentLogger, opts.queryTimeoutMs);
  await resetGraph(db.runner);
  await applySchema(db.runner, silentLogger);
  if (opts.seed) await seedIfEmpty(db.runner, silentLogger);
  await opts.prepare?.(db);
  const app = await buildApp({ db, logger: silentLogger, auth: opts.auth, limits: opts.limits, ops: opts.ops, tracer: opts.tracer });
  return {
    db,
    app,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/**
 * Registers beforeAll/afterAll for a test file's app and returns a getter for
 * it (the app exists only once beforeAll has run).
 */
export function useTestApp(opts: TestAppOptions = {}): () => App {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(opts);
  });
  afterAll(() => started?.close());
  return () => {
    if (!started) throw new Error("the test app is not started yet");
    return started.app;
  };
}

/** Makes the app listen on a free loopback port, for clients that need a real URL; returns its GraphQL URL. */
export async function listenOnLoopback(app: App): Promise<string> {
  await app.listen({ host: "127.0.0.1", port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
}
