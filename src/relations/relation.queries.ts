import { defineQuery, type CypherQuery } from "../db/cypher.registry.js";
import { REL_TYPE_NAMES, type Direction, type RelType } from "../model/model.relationships.js";
import { chainName, CHAINS, ROOTED, rootedName, type Chain } from "./relation.chains.js";
import { byTypeName, WRITTEN } from "./relation.statements.js";

const byType = (direction: Direction) => Object.fromEntries(REL_TYPE_NAMES.map((t) => [t, defineQuery(byTypeName(direction, t), "READ")])) as Record<RelType, CypherQuery>;

export const RelationQueries = {
  outgoing: defineQuery(WRITTEN.out, "READ"),
  incoming: defineQuery(WRITTEN.in, "READ"),
  /** A page of one type: the written statement with only that type's branch (relation.statements.ts). */
  outgoingOfType: byType("out"),
  incomingOfType: byType("in"),
  /** A page and the pages below its entities (relation.chains.ts), by chainName. */
  chains: new Map<string, CypherQuery>(CHAINS.map((c: Chain) => [chainName(c), defineQuery(chainName(c), "READ")])),
  /** An entity by id with its page and the pages below (relation.chains.ts ROOTED), by rootedName. */
  rooted: new Map<string, CypherQuery>(ROOTED.map((c: Chain) => [rootedName(c), defineQuery(rootedName(c), "READ")])),
};
