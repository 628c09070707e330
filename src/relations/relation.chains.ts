import { readCypherFile } from "../db/cypher.registry.js";
import type { Direction, RelType } from "../model/model.relationships.js";
import { singleTypeStatement, WRITTEN } from "./relation.statements.js";

/**
 * Relation pages read together with the pages below them. A nested selection
 * (a member's participations, each event's participants, each participant's
 * region) costs one statement per level, and each statement costs a round trip,
 * the driver's packing and unpacking, and Neo4j's own per-statement work,
 * which at small and medium scale outweigh the reading itself. For the shapes
 * declared here one statement reads a page and, for every entity on it, the
 * page the selection asks for below it (relation.prefetch.ts finds them; the
 * request's loaders are primed with the lower pages, so their resolvers send
 * nothing). Each level is the single-type statement of its own type, so a
 * chain's pages are, by construction, the pages those statements give.
 *
 * A chain is generated and committed like the single-type statements (npm run
 * generate:relations); a unit test fails on drift and every file is EXPLAINed.
 * Chains are declared rather than built for any selection: a statement per
 * pair of types and directions would be over a thousand files to plan.
 */
export interface ChainLevel {
  direction: Direction;
  type: RelType;
}

/** The page asked for first, then the pages below it; a chain of CHAINS has two levels or more, a rooted one (ROOTED) may have one. */
export type Chain = readonly ChainLevel[];

const level = (direction: Direction, type: RelType): ChainLevel => ({ direction, type });

/** The everyday nested shapes (the three-level read of the warm-up and the benchmark, and its parts). */
export const CHAINS: readonly Chain[] = [
  [level("out", "PARTICIPATED_IN"), level("in", "PARTICIPATED_IN")],
  [level("out", "PARTICIPATED_IN"), level("in", "PARTICIPATED_IN"), level("out", "IN_REGION")],
  [level("in", "PARTICIPATED_IN"), level("out", "IN_REGION")],
  [level("in", "PARTICIPATED_IN"), level("out", "PARTICIPATED_IN")],
];

/**
 * The shapes read together with the entity they start from, when an operation
 * looks that entity up by id (`node(id:)`) and asks for its page of the first
 * level: every chain, and the single levels they start with (the one-hop page).
 * The lookup is then no statement of its own: one statement answers a nested
 * `node` query, where the lookup and the chain took two (relation.prefetch.ts
 * rootedRead finds them).
 */
export const ROOTED: readonly Chain[] = [
  ...CHAINS.filter((chain, i) => CHAINS.findIndex((c) => sameLevel(c[0]!, chain[0]!)) === i).map((chain) => [chain[0]!]),
  ...CHAINS,
];

/**
 * The shapes the start-up warm-up has Neo4j plan, as chains and rooted
 * (RelationRepository.warm): a member's one-hop page and the three-level read
 * of the warm-up and the benchmark. Planning all ten chain and rooted
 * statements at start-up made the warm-up run 2 to 3 s past its cap, and the
 * first id lookups queued behind it (8 to 11 times a warm one); the others
 * are planned on their first use (0.5 to 0.9 s each, once).
 */
export const WARMED: readonly Chain[] = [
  [level("out", "PARTICIPATED_IN")],
  [level("out", "PARTICIPATED_IN"), level("in", "PARTICIPATED_IN"), level("out", "IN_REGION")],
];

export function sameChain(a: Chain, b: Chain): boolean {
  return a.length === b.length && a.every((l, i) => sameLevel(l, b[i]!));
}

function sameLevel(a: ChainLevel, b: ChainLevel): boolean {
  return a.direction === b.direction && a.type === b.type;
}

const levelsName = (chain: Chain) => chain.map((l) => `${l.direction}-${l.type}`).join(".");

export function chainName(chain: Chain): string {
  return `relations/chains/${levelsName(chain)}`;
}

export function rootedName(chain: Chain): string {
  return `relations/rooted/${levelsName(chain)}`;
}

/** The name of a lower level's parameter in a chain's statement: level 1's $limit is $l1_limit. */
export function chainParam(depth: number, name: string): string {
  return depth === 0 ? name : `l${depth}_${name}`;
}

const HEAD = "UNWIND $ids AS id\nMATCH (n:Entity {id: id})\nWITH n, id + '\\u0001' AS prefix";
const PAGE_END = "  ORDER BY k SKIP $offset LIMIT $limit\n";
const ROW_END = " END]) AS rows";
const RESULT = "RETURN n.id AS id, rows, CASE";
const TOTAL = "END AS total";

/** Replaces the one occurrence of `marker` (a function replacement: the texts hold `$`). */
function once(text: string, marker: string, replacement: string): string {
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error(`relation chain statement: "${marker.trim().slice(0, 40)}" is not in the page statement exactly once`);
  return text.slice(0, at) + replacement + text.slice(at + marker.length);
}

/**
 * The statement of the chain's levels from `depth` on. Level 0 is the
 * single-type statement as it is; a lower level is the same statement with its
 * parameters renamed (chainParam), read for the entity `m` of the row above
 * instead of for $ids, and its page and total returned as that row's last two
 * items. Its aggregation gives one row for every `m`, so no row above is lost.
 */
function levelStatement(chain: Chain, depth: number): string {
  const { direction, type } = chain[depth]!;
  let text = singleTypeStatement(readCypherFile(WRITTEN[direction]), type);
  if (depth > 0) {
    text = text.replace(/\$(\w+)/g, (_, name: string) => `$${chainParam(depth, name)}`);
    const param = (name: string) => `$${chainParam(depth, name)}`;
    text = once(text, HEAD.replace("$ids", param("ids")), "WITH m AS n, m.id + '\\u0001' AS prefix");
    text = once(text, RESULT, `RETURN rows AS l${depth}Rows, CASE`);
    if (!text.endsWith(TOTAL)) throw new Error(`relation chain statement: the page statement does not end with "${TOTAL}"`);
    text = `${text.slice(0, -TOTAL.length)}END AS l${depth}Total`;
  }
  if (depth + 1 < chain.length) {
    const below = depth + 1;
    const pageEnd = PAGE_END.replace("$offset", `$${chainParam(depth, "offset")}`).replace("$limit", `$${chainParam(depth, "limit")}`);
    text = once(text, ROW_END, ` END, l${below}Rows, l${below}Total]) AS rows`);
    const child = levelStatement(chain, below)
      .split("\n")
      .map((line) => `    ${line}`)
      .join("\n");
    // The rows are sorted again after the subquery: its rows come back in order, but only a sort says so.
    text = once(text, pageEnd, `${pageEnd}  CALL (m) {\n${child}\n  }\n  WITH * ORDER BY k\n`);
  }
  return text;
}

export function chainStatement(chain: Chain): string {
  if (chain.length < 2) throw new Error("a relation chain has two levels or more");
  return levelStatement(chain, 0);
}

/** The chain's statement (or, for one level, the single-type page statement) also returning its parents' labels and properties, as entity/by-ids does. */
export function rootedStatement(chain: Chain): string {
  if (chain.length < 1) throw new Error("a rooted relation chain has one level or more");
  return once(levelStatement(chain, 0), RESULT, "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, rows, CASE");
}

/** The generated rooted file's whole text. */
export function rootedFile(chain: Chain): string {
  const levels = chain.map((l) => `${l.direction}-${l.type}`).join(", then ");
  return [
    "// Generated by `npm run generate:relations` from the single-type page statements",
    `// of ${levels}: do not edit. An entity looked up by id with its page`,
    "// and the pages below in one statement (src/relations/relation.chains.ts says why).",
    rootedStatement(chain),
    "",
  ].join("\n");
}

/** The generated file's whole text. */
export function chainFile(chain: Chain): string {
  const levels = chain.map((l) => `${l.direction}-${l.type}`).join(", then ");
  return [
    "// Generated by `npm run generate:relations` from the single-type page statements",
    `// of ${levels}: do not edit. A page and the pages`,
    "// below its entities in one statement (src/relations/relation.chains.ts says why).",
    chainStatement(chain),
    "",
  ].join("\n");
}
