import type { CypherQuery } from "../db/cypher.registry.js";
import type { QueryRunner, RunOptions } from "../db/query-runner.js";
import { toEntity, type EntityValue } from "../entity/entity.model.js";
import type { Direction, RelType } from "../model/model.relationships.js";
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

/** One relationship of a page, by position: type, every edge property or null, the selected ones, the other end's id, labels, every property or null, the selected ones. */
type PageRow = [type: RelType, props: Record<string, unknown> | null, edgeValues: unknown[], id: string, labels: string[], nodeProps: Record<string, unknown> | null, nodeValues: unknown[]];

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
    const query = statementFor(spec, this.options.byType);
    const keys = padded(spec.nodeProps ?? [], NO_PROPERTY);
    const edgeKeys = padded(spec.edgeProps ?? [], NO_PROPERTY);
    const params = {
      ids: padded(ids, NO_ENTITY),
      types: repeated(spec.types),
      allNodeProps: spec.nodeProps === null,
      nodeProps: keys,
      allEdgeProps: spec.edgeProps === null,
      edgeProps: edgeKeys,
      role: spec.role,
      includeSynthetic: spec.includeSynthetic,
      offset: spec.offset,
      limit: spec.limit,
      withTotal: spec.withTotal,
    };
    const rows = await this.runner.run<Row>(query, params, opts);
    return new Map(
      rows.map((r) => [
        r.id,
        {
          total: r.total,
          rows: r.rows.map(([type, props, edgeValues, id, labels, nodeProps, nodeValues]) => ({
            type,
            props: props ?? zip(edgeKeys, edgeValues),
            node: toEntity({ id, labels, props: nodeProps ?? zip(keys, nodeValues) }),
          })),
        },
      ]),
    );
  }

  /**
   * Has Neo4j plan, all at once, the page statements the everyday shapes send
   * (src/warmup/warmup.operations.ts), for pages of up to 100 parents (see
   * PLANNED_IDS), with ids no entity has: nothing is read, the plans are
   * kept. The written statements (fields of several types) take a second or
   * more of one core each, a single-type one about 0.2 s; the other
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
    await Promise.all(
      shapes.map(([direction, types]) => this.pages([NO_ENTITY], { direction, types, role: null, includeSynthetic: false, offset: 0, limit: 1, withTotal: true, nodeProps: ["name"], edgeProps: ["role"] }, opts)),
    );
  }
}
