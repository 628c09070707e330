import { afterAll, beforeAll } from "vitest";
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
export async function startTestApp(opts: { seed?: boolean; prepare?: (db: Database) => Promise<void> } = {}): Promise<TestApp> {
  const db = await openTestDatabase();
  await resetGraph(db.runner);
  await applySchema(db.runner, silentLogger);
  if (opts.seed) await seedIfEmpty(db.runner, silentLogger);
  await opts.prepare?.(db);
  const app = await buildApp({ db, logger: silentLogger });
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
export function useTestApp(opts: Parameters<typeof startTestApp>[0] = {}): () => App {
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
