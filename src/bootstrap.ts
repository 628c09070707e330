import type { Config } from "./config/config.js";
import { projectRoot } from "./config/project-root.js";
import { allQueries } from "./db/query-catalog.js";
import { connectDatabase, type Database } from "./db/database.js";
import { applySchema } from "./db/schema.apply.js";
import { LocalNeo4j } from "./local-neo4j/local-neo4j.js";
import type { Logger } from "./logging/logger.js";
import { seedIfEmpty } from "./seed/seed.loader.js";

export interface Prepared {
  db: Database;
  /** The local Neo4j, when this process started it (and so stops it on shutdown). */
  ownedLocal: LocalNeo4j | undefined;
}

/**
 * Everything between "config is valid" and "ready to serve": a database (the
 * local one unless NEO4J_URI is set), the schema applied, the seed loaded into an
 * empty graph. On failure, a local Neo4j started here is stopped again.
 */
export async function prepareDatabase(config: Config, logger: Logger, opts: { seed?: boolean } = {}): Promise<Prepared> {
  // Read every cypher/ file now: a missing one fails start-up, not a request.
  for (const q of allQueries()) void q.text;
  let ownedLocal: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    const local = new LocalNeo4j({
      ...config.local,
      root: projectRoot(),
      password: config.neo4j.password,
      report: (msg) => logger.info({ component: "local-neo4j" }, msg),
    });
    const started = await local.start();
    uri = started.uri;
    if (started.startedHere) ownedLocal = local;
  }
  try {
    const db = await connectDatabase({ ...config.neo4j, uri }, logger);
    try {
      await applySchema(db.runner, logger);
      if (opts.seed ?? config.seedOnEmpty) await seedIfEmpty(db.runner, logger);
      return { db, ownedLocal };
    } catch (err) {
      await db.close();
      throw err;
    }
  } catch (err) {
    await ownedLocal?.stop();
    throw err;
  }
}
