/**
 * The floor: a bare node:http server that runs, for each query of the mix,
 * the Cypher statements coopgraph sends for it (recorded by perf.record.ts),
 * each on its own as coopgraph sends a single read (an auto-commit statement,
 * QueryRunner.run) through neo4j-driver, with the same parameter and value
 * conversion, and returns the rows as JSON. No GraphQL,
 * no validation, no DataLoader: what the database work costs by itself.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import { toPlain } from "../../src/db/plain.js";
import { toNeo4jParams } from "../../src/db/query-runner.js";
import { childEnv, serveChild } from "../support/child.js";
import type { RecordedStatement } from "./perf.record.js";

const statements = JSON.parse(readFileSync(childEnv("BENCH_FLOOR_STATEMENTS"), "utf8")) as Record<string, RecordedStatement[]>;
const byPath = new Map(Object.entries(statements).map(([name, list], i) => [`/${i}`, { name, list }]));
const driver = neo4j.driver(childEnv("BENCH_NEO4J_URI"), neo4j.auth.basic("neo4j", childEnv("BENCH_NEO4J_PASSWORD")));

const server = createServer((req, res) => {
  const route = byPath.get(req.url ?? "");
  if (!route) {
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: `no query at ${req.url}` }));
    return;
  }
  void (async () => {
    const results: unknown[] = [];
    for (const s of route.list) {
      const session = driver.session({ database: "neo4j", defaultAccessMode: "READ" });
      try {
        const result = await session.run(s.text, toNeo4jParams(s.params) as Record<string, unknown>, { timeout: 30_000 });
        results.push(result.records.map((r) => toPlain(r.toObject())));
      } finally {
        await session.close();
      }
    }
    res.writeHead(200, { "content-type": "application/json", "x-cypher-statements": String(route.list.length) }).end(JSON.stringify({ data: results }));
  })().catch((err: unknown) => {
    res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: (err as Error).message }));
  });
});

server.listen(0, "127.0.0.1", () => {
  serveChild((server.address() as AddressInfo).port, async () => {
    server.close();
    await driver.close();
  });
});
