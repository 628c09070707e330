/**
 * The peer: @neo4j/graphql on Apollo Server 5 (standalone, its default HTTP
 * server), over the same Neo4j, with type definitions equivalent to ours.
 * Statements are counted by wrapping the driver; the count of a request is
 * sent in x-cypher-statements, exact when requests do not overlap (the
 * benchmark reads it from a lone probe request).
 */
// First, as coopgraph's server does: production mode for graphql-js and Apollo Server, as the peer's users would deploy it.
import "../../src/config/production-mode.js";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { childEnv, serveChild } from "../support/child.js";
import { peerTypeDefs } from "./perf.peer.typedefs.js";

let statements = 0;

/** The object with each method that sends Cypher counting once per call; transactions handed out wrapped too. */
function counting<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (typeof value !== "function") return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (prop === "run" || prop === "executeQuery") {
        return (...args: unknown[]) => {
          statements += 1;
          return fn.apply(obj, args);
        };
      }
      if (prop === "session" || prop === "beginTransaction") return (...args: unknown[]) => counting(fn.apply(obj, args) as object);
      if (prop === "executeRead" || prop === "executeWrite") {
        return (work: (tx: object) => unknown, ...rest: unknown[]) => fn.call(obj, (tx: object) => work(counting(tx)), ...rest);
      }
      return fn.bind(obj);
    },
  });
}

const driver: Driver = counting(neo4j.driver(childEnv("BENCH_NEO4J_URI"), neo4j.auth.basic("neo4j", childEnv("BENCH_NEO4J_PASSWORD"))));
const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();

const statementHeader: ApolloServerPlugin = {
  async requestDidStart() {
    const before = statements;
    return {
      async willSendResponse({ response }) {
        response.http.headers.set("x-cypher-statements", String(statements - before));
      },
    };
  },
};

const server = new ApolloServer({ schema, plugins: [statementHeader] });
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port: 0 } });
serveChild(Number(new URL(url).port), async () => {
  await server.stop();
  await driver.close();
});
