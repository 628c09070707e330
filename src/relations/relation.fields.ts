import type { EntityValue } from "../entity/entity.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { decodeCursor, encodeCursor, isOffset } from "../graphql/cursor.js";
import { MAX_PAGE_SIZE, pageSize, type PageInfo } from "../graphql/pagination.js";
import type { Label } from "../model/model.labels.js";
import type { Direction, RelType } from "../model/model.relationships.js";
import { toEdge, type RelationshipEdgeValue } from "./relation.edge.js";
import type { PagesBelow } from "./relation.loaders.js";
import type { RelationPage, RelationSpec, RelationValue } from "./relation.repository.js";
import type { EdgeProps, NodeProps } from "./relation.selection.js";
import type { RelationArgs } from "./relation.type.js";

export interface RelationConnectionValue {
  edges: RelationshipEdgeValue[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** What a connection field reads: its spec, and how its edges are cut from the page (page size, cursor kind and offset). */
export interface ConnectionRead {
  spec: RelationSpec;
  first: number;
  kind: string;
  offset: number;
}

/** The spec of a connection field with these arguments and this selection; throws BAD_USER_INPUT for a cursor this field did not give out. */
export function connectionRead(
  direction: Direction,
  types: readonly RelType[],
  args: RelationArgs & { role?: string | null },
  asked: { withTotal: boolean; nodeProps: NodeProps; edgeProps: EdgeProps },
): ConnectionRead {
  const first = pageSize(args.first);
  const kind = `rel:${direction}:${types.join(",")}`;
  const after = decodeCursor(kind, args.after, isOffset);
  const offset = after === undefined ? 0 : after + 1;
  return { spec: { direction, types, role: args.role ?? null, includeSynthetic: args.includeSynthetic, offset, limit: first + 1, ...asked }, first, kind, offset };
}

/**
 * One page of an entity's relationships of the given types, through the
 * request's relation loader (one statement per field and arguments, however
 * many parents ask; with `below`, one for this page and the pages under it).
 * Offset cursors: each page is sliced from the parent's list.
 */
export function relationConnection(ctx: GraphQLContext, parent: EntityValue, read: ConnectionRead, below?: PagesBelow): RelationConnectionValue | Promise<RelationConnectionValue> {
  const ready = ctx.loaders.relations.ready(read.spec, parent.id);
  return ready ? connectionOf(read, ready) : ctx.loaders.relations.load(read.spec, parent.id, below).then((page) => connectionOf(read, page));
}

function connectionOf({ first, kind, offset }: ConnectionRead, page: RelationPage): RelationConnectionValue {
  const edges = page.rows.slice(0, first).map((r, i) => toEdge(r, kind, offset + i));
  return {
    edges,
    // Not asked for (withTotal false): never read, so no count was made.
    totalCount: page.total ?? 0,
    pageInfo: { hasNextPage: page.rows.length > first, hasPreviousPage: false, startCursor: edges.length > 0 ? encodeCursor(kind, offset) : null, endCursor: edges.length > 0 ? encodeCursor(kind, offset + edges.length - 1) : null },
  };
}

/**
 * The entity at the other end of a one-to-one link (Member.region), through
 * the same loader as the connections, so a list of members asking for their
 * region is still one statement. Should a graph hold several such links (a
 * member that changed region), the current one wins: without an end date,
 * then the latest begun; ties go to the order of the connection.
 */
export function relationLink(ctx: GraphQLContext, parent: EntityValue, spec: RelationSpec, label: Label, below?: PagesBelow): EntityValue | null | Promise<EntityValue | null> {
  const ready = ctx.loaders.relations.ready(spec, parent.id);
  return ready ? linkOf(ready, label) : ctx.loaders.relations.load(spec, parent.id, below).then((page) => linkOf(page, label));
}

function linkOf(page: RelationPage, label: Label): EntityValue | null {
  const candidates = page.rows.filter((r) => r.node.__typename === label);
  return candidates.reduce<RelationValue | undefined>((best, r) => (best && !isLater(r, best) ? best : r), undefined)?.node ?? null;
}

/** The spec of a one-to-one link: all of its relationships (a page of the largest size), with only the dates that choose the current one. */
export function linkSpec(direction: Direction, types: readonly RelType[], includeSynthetic: boolean, nodeProps: NodeProps): RelationSpec {
  // The link's own properties are not shown: only its dates, which choose the current one.
  return { direction, types, role: null, includeSynthetic, offset: 0, limit: MAX_PAGE_SIZE, withTotal: false, nodeProps, edgeProps: LINK_PROPS };
}

const LINK_PROPS = ["from", "to"] as const;

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** r holds later than best: it has no end date and best has one, or the same and it began later. */
function isLater(r: RelationValue, best: RelationValue): boolean {
  const rOpen = r.props.to === undefined || r.props.to === null;
  const bestOpen = best.props.to === undefined || best.props.to === null;
  if (rOpen !== bestOpen) return rOpen;
  if (!rOpen && str(r.props.to) !== str(best.props.to)) return str(r.props.to) > str(best.props.to);
  return str(r.props.from) > str(best.props.from);
}
