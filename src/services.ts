import type { Database } from "./db/database.js";
import { MetaRepository } from "./meta/meta.repository.js";
import { MetaService } from "./meta/meta.service.js";
import { SERVICE_NAME, SERVICE_VERSION } from "./version.js";

/** The application's services, built once per app from one database handle. */
export interface Services {
  meta: MetaService;
}

export function createServices(db: Database): Services {
  return {
    meta: new MetaService(new MetaRepository(db.runner), { service: SERVICE_NAME, version: SERVICE_VERSION, database: db.name }),
  };
}
