import type { CypherQuery } from "../db/cypher.registry.js";
import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityRow, type EntityValue } from "../entity/entity.model.js";
import type { Direction, RelType } from "../model/model.relationships.js";
import { chainName, chainParam, CHAINS, ROOTED, rootedName, sameChain, WARMED, type Chain } from "./relation.chains.js";
import { RelationQueries } from "./relation.queries.js";
import type { EdgeProps, NodeProps } from "./relation.selection.js";

/** Which relationships a field shows: direction from the parent, types, optional role. */
export interface RelationSpec {
  direction: Direction;
  types: readonly RelType[];
  role: string | null;
  includeSynthetic: boolean;
  offset: number;
  limit: number;
  /** Count them all too (the field's totalCount is asked for). */
  withTotal: boolean;
  /** The other ends' properties to read, sorted; null for all of them (relation.selection.ts). */
  nodeProps: NodeProps;
  /** The relationships' properties to read, sorted; null for all of them. */
  edgeProps: EdgeProps;
}

export interface RelationValue {
  type: RelType;
  props: Record<string, unknown>;
  node: EntityValue;
}

export interface RelationPage {
  /** Null unless asked for (RelationSpec.withTotal). */
  total: number | null;
  rows: RelationValue[];
}

/**
 * One relationship of a page, by position: type, every edge property or null, the selected ones, the other end's id, labels, every property or null,
 * the selected ones; in a chain's statement, then the page below the other end and its total.
 */
type PageRow = [
  type: RelType,
  props: Record<string, unknown> | null,
  edgeValues: unknown[],
  id: string,
  labels: string[],
  nodeProps: Record<string, unknown> | null,
  nodeValues: unknown[],
  belowRows?: PageRow[],
  belowTotal?: number | null,
];

interface Row {
  id: string;
  total: number | null;
  rows: PageRow[];
}

/**
 * Neo4j keeps one plan per statement and size class of its list parameters
 * (one item, up to 10, up to 100, up to 1,000...), and planning these
 * statements takes seconds (a typed branch per relationship type). So lists
 * never have one item (types repeat), and ids are padded with an id no entity
 * has to 11, the smallest size of the "up to 100" class: one plan serves every
 * page of up to 100 parents (one entity's, a list's, a nested level's), made
 * by warm() at start-up. The padding costs nothing measurable (ten index
 * seeks that find nothing: 9.6 against 9.7 ms median for a busy member's page).
 */
const NO_ENTITY = "";
/** Property lists are padded alike (the same plan for every selection); Neo4j answers null for a property named "". */
const NO_PROPERTY = "";
const PLANNED_IDS = 11;
const padded = <T>(list: readonly T[], filler: T): T[] => (list.length >= PLANNED_IDS ? [...list] : [...list, ...Array.from({ length: PLANNED_IDS - list.length }, () => filler)]);
const repeated = <T>(list: readonly T[]): T[] => (list.length === 1 ? [...list, ...list] : [...list]);

/** The properties read by name, as an object; absent ones (null) left out, as properties() would. */
function zip(keys: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    if (values[i] !== null && values[i] !== undefined) props[key] = values[i];
  });
  return props;
}

/** A spec's parameters, named for its depth in a chain's statement (chainParam); depth 0 is a page statement's own. */
function specParams(spec: RelationSpec, depth: number): Record<string, unknown> {
  const params: Record<string, unknown> = {
    types: repeated(spec.types),
    allNodeProps: spec.nodeProps === null,
    nodeProps: padded(spec.nodeProps ?? [], NO_PROPERTY),
    allEdgeProps: spec.edgeProps === null,
    edgeProps: padded(spec.edgeProps ?? [], NO_PROPERTY),
    role: spec.role,
    includeSynthetic: spec.includeSynthetic,
    offset: spec.offset,
    limit: spec.limit,
    withTotal: spec.withTotal,
  };
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [chainParam(depth, name), value]));
}

/**
 * A page from a statement's rows, read as `specs[0]` asked. In a chain, each
 * row also carries the page below its entity (specs[1], and so on), which goes
 * into `levels[1]` under that entity's id.
 */
function toPage(rows: readonly PageRow[], total: number | null, specs: readonly RelationSpec[], levels?: Map<string, RelationPage>[], depth = 0): RelationPage {
  const spec = specs[depth]!;
  const keys = spec.nodeProps ?? [];
  const edgeKeys = spec.edgeProps ?? [];
  return {
    total,
    rows: rows.map(([type, props, edgeValues, id, labels, nodeProps, nodeValues, belowRows, belowTotal]) => {
      if (levels && depth + 1 < specs.length && !levels[depth + 1]!.has(id)) {
        levels[depth + 1]!.set(id, toPage(belowRows ?? [], belowTotal ?? null, specs, levels, depth + 1));
      }
      return { type, props: props ?? zip(edgeKeys, edgeValues), node: toEntity({ id, labels, props: nodeProps ?? zip(keys, nodeValues) }) };
    }),
  };
}

/** The statement for a spec: the single-type one when it asks for one type, the written one otherwise. */
function statementFor(spec: RelationSpec, byType: boolean): CypherQuery {
  const [type, ...others] = [...new Set(spec.types)];
  if (byType && type !== undefined && others.length === 0) return (spec.direction === "out" ? RelationQueries.outgoingOfType : RelationQueries.incomingOfType)[type];
  return spec.direction === "out" ? RelationQueries.outgoing : RelationQueries.incoming;
}

export class RelationRepository {
  /** byType false: always the written statements, with every type's branch (the reference the tests compare the single-type ones with). */
  constructor(
    private readonly runner: QueryRunner,
    private readonly options: { byType: boolean } = { byType: true },
  ) {}

  /** One statement for all parents; parents without such relationships are absent from the map. */
  async pages(ids: readonly string[], spec: RelationSpec, opts?: RunOptions): Promise<Map<string, RelationPage>> {
    const rows = await this.runner.run<Row>(statementFor(spec, this.options.byType), { ids: padded(ids, NO_ENTITY), ...specParams(spec, 0) }, opts);
    return new Map(rows.map((r) => [r.id, toPage(r.rows, r.total, [spec])]));
  }

  /**
   * The pages of `specs[0]` for `ids` and, below every entity on them, the
   * pages of `specs[1]`, and so on down the chain (relation.chains.ts), in one
   * statement. levels[d] maps each entity of level d - 1 (each parent, for
   * level 0) to its page of specs[d]; every entity met gets a page, an empty one
   * when it has no such relationships.
   */
  async chainPages(ids: readonly string[], chain: Chain, specs: readonly RelationSpec[], opts?: RunOptions): Promise<Map<string, RelationPage>[]> {
    const query = RelationQueries.chains.get(chainName(chain));
    if (!query || specs.length !== chain.length) throw new Error(`no relation chain statement ${chainName(chain)} for ${specs.length} levels`);
    const params = Object.assign({ ids: padded(ids, NO_ENTITY) }, ...specs.map((spec, depth) => specParams(spec, depth))) as Record<string, unknown>;
    const rows = await this.runner.run<Row>(query, params, opts);
    const levels = specs.map(() => new Map<string, RelationPage>());
    for (const r of rows) levels[0]!.set(r.id, toPage(r.rows, r.total, specs, levels));
    return levels;
  }

  /**
   * The entities with these ids, as entity/by-ids reads them, with their pages
   * of `specs[0]` and the pages below, as chainPages reads them (a chain of
   * one level is a page alone), in one statement (relation.chains.ts ROOTED).
   * An id no entity has is absent from both.
   */
  async rootedPages(ids: readonly string[], chain: Chain, specs: readonly RelationSpec[], opts?: RunOptions): Promise<{ entities: EntityValue[]; levels: Map<string, RelationPage>[] }> {
    const query = RelationQueries.rooted.get(rootedName(chain));
    if (!query || specs.length !== chain.length) throw new Error(`no rooted relation statement ${rootedName(chain)} for ${specs.length} levels`);
    const params = Object.assign({ ids: padded(ids, NO_ENTITY) }, ...specs.map((spec, depth) => specParams(spec, depth))) as Record<string, unknown>;
    const rows = await this.runner.run<Row & EntityRow>(query, params, opts);
    const levels = specs.map(() => new Map<string, RelationPage>());
    for (const r of rows) levels[0]!.set(r.id, toPage(r.rows, r.total, specs, levels));
    return { entities: rows.map((r) => toEntity({ id: r.id, labels: r.labels, props: r.props })), levels };
  }

  /**
   * Has Neo4j plan, all at once, the page statements the everyday shapes send
   * (src/warmup/warmup.operations.ts) and the chains and rooted reads of
   * relation.chains.ts WARMED, for pages of up to 100 parents (see PLANNED_IDS), with ids no entity has:
   * nothing is read, the plans are kept. The written statements (fields of
   * several types) take a second or more of one core each, a single-type one
   * about 0.2 s, a chain about as much as its levels together; the other
   * single-type ones are planned on their first use.
   */
  async warm(opts?: RunOptions): Promise<void> {
    const shapes: [Direction, RelType[]][] = [
      ["out", ["PARTICIPATED_IN"]],
      ["in", ["PARTICIPATED_IN"]],
      ["out", ["IN_REGION"]],
      ["out", ["ACTIVITY_OF", "ADDRESSED"]],
      ["in", ["ACTIVITY_OF", "ADDRESSED"]],
    ];
    const warmed = (chain: Chain) => WARMED.some((w) => sameChain(w, chain));
    const spec = (direction: Direction, types: RelType[]): RelationSpec => ({ direction, types, role: null, includeSynthetic: false, offset: 0, limit: 1, withTotal: true, nodeProps: ["name"], edgeProps: ["role"] });
    await Promise.all([
      ...shapes.map(([direction, types]) => this.pages([NO_ENTITY], spec(direction, types), opts)),
      ...CHAINS.filter(warmed).map((chain) => this.chainPages([NO_ENTITY], chain, chain.map((l) => spec(l.direction, [l.type])), opts)),
      ...ROOTED.filter(warmed).map((chain) => this.rootedPages([NO_ENTITY], chain, chain.map((l) => spec(l.direction, [l.type])), opts)),
    ]);
  }
}
