import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeCursor, encodeCursor, isOffset, pageSize, type PageInfo } from "../graphql/pagination.js";
import type { Direction, RelType } from "../model/model.relationships.js";
import type { RelationArgs } from "./relation.type.js";

export interface RelationshipEdgeValue {
  cursor: string;
  type: RelType;
  role: string | null;
  title: string | null;
  since: string | null;
  until: string | null;
  sourceIds: string[];
  synthetic: boolean;
  uncertain: boolean;
  uncertainty: string | null;
  note: string | null;
  node: EntityValue;
}

export interface RelationConnectionValue {
  edges: RelationshipEdgeValue[];
  pageInfo: PageInfo;
  totalCount: number;
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/**
 * One page of an entity's relationships of the given types, through the
 * request's relation loader (one statement per field and arguments, however
 * many parents ask). Offset cursors: each page is sliced from the parent's list.
 */
export async function relationConnection(
  ctx: GraphQLContext,
  parent: EntityValue,
  direction: Direction,
  types: readonly RelType[],
  args: RelationArgs,
): Promise<RelationConnectionValue> {
  const first = pageSize(args.first);
  const kind = `rel:${direction}:${types.join(",")}`;
  const after = decodeCursor(kind, args.after, isOffset);
  const offset = after === undefined ? 0 : after + 1;
  const page = await ctx.loaders.relations.load(
    { direction, types, role: args.role ?? null, includeSynthetic: args.includeSynthetic, offset, limit: first + 1 },
    parent.id,
  );
  const rows = page.rows.slice(0, first);
  const edges = rows.map((r, i) => ({
    cursor: encodeCursor(kind, offset + i),
    type: r.type,
    role: str(r.props.role),
    title: str(r.props.title),
    since: str(r.props.from),
    until: str(r.props.to),
    sourceIds: Array.isArray(r.props.sources) ? (r.props.sources as string[]) : [],
    synthetic: r.props.synthetic === true,
    uncertain: r.props.uncertain === true,
    uncertainty: str(r.props.uncertainty),
    note: str(r.props.note),
    node: r.node,
  }));
  return {
    edges,
    totalCount: page.total,
    pageInfo: { hasNextPage: page.rows.length > first, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
  };
}
