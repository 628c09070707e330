import type { ClassType } from "type-graphql";
import type { CypherQuery } from "../db/cypher.registry.js";
import type { RunOptions } from "../db/query-runner.js";
import type { Label } from "../model/model.labels.js";

/** How a list is ordered: a property from the list's own whitelist (never from user text), and the direction. */
export interface ListOrder {
  sortKey: string;
  desc: boolean;
}

/** What a list's filter may need beyond its own arguments: checks that read the graph. */
export interface ListDeps {
  /** Refuses unknown programme codes, naming them. */
  checkProgrammeCodes(codes: string[], opts?: RunOptions): Promise<void>;
}

export interface ListQueries {
  list: CypherQuery;
  count: CypherQuery;
}

/** The statement parameters of a filter: validated values, nulls for "not filtered". */
export type ListParams = Record<string, string | boolean | string[] | null>;

/**
 * A top-level list: a Relay connection of one label's entities with a filter
 * input, an order enum and a pair of statements (cypher/<folder>/list and
 * count). Every list of the API is one of these, built by the same factory.
 */
export interface ListSpec<F extends object, O extends string> {
  /** The Query field, e.g. members. */
  field: string;
  label: Label;
  description: string;
  filter: ClassType<F>;
  /** The registered order enum, its default, and what each value sorts on. */
  order: { enum: Record<string, O>; default: O; keys: Record<O, ListOrder> };
  queries: ListQueries;
  /** Validates the filter (BAD_USER_INPUT naming the field) and turns it into the statements' parameters. */
  params(filter: F | null, deps: ListDeps, opts?: RunOptions): Promise<ListParams> | ListParams;
}
