import { afterAll, beforeAll } from "vitest";
import type { AuthSettings, Limits } from "../../src/config/config.js";
import type { Database } from "../../src/db/database.js";
import { applySchema } from "../../src/db/schema.apply.js";
import { seedIfEmpty } from "../../src/seed/seed.loader.js";
import { buildApp, type App } from "../../src/server.js";
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
  /** Time limit of the app's own queries (default 60 s). */
  queryTimeoutMs?: number;
}

export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const db = await openTestDatabase(silentLogger, opts.queryTimeoutMs);
  await resetGraph(db.runner);
  await applySchema(db.runner, silentLogger);
  if (opts.seed) await seedIfEmpty(db.runner, silentLogger);
  await opts.prepare?.(db);
  const app = await buildApp({ db, logger: silentLogger, auth: opts.auth, limits: opts.limits });
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
