import { defineQuery } from "../db/cypher.registry.js";
import type { ListQueries as Pair } from "./list.spec.js";

/** The two statements of a list, in cypher/<folder>/. */
function listQueries(folder: string): Pair {
  return { list: defineQuery(`${folder}/list`, "READ"), count: defineQuery(`${folder}/count`, "READ") };
}

/** Every list's statements (no decorators here: the query catalog imports this without GraphQL). */
export const ListQueries = {
  member: listQueries("member"),
  event: listQueries("event"),
  programme: listQueries("programme"),
  organization: listQueries("organization"),
  person: listQueries("person"),
  source: listQueries("source"),
  resolution: listQueries("resolution"),
  region: listQueries("region"),
};
