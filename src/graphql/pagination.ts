import { Field, ObjectType } from "type-graphql";
import { BadUserInputError } from "../errors/errors.js";

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size.js";

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when another page follows: ask for it with after: endCursor." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Always false: pages only go forward (use `after`)." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the page's first edge; null for an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the page's last edge: pass it as after for the next page; null for an empty page." })
  endCursor!: string | null;
}

/** A page size within bounds, or BAD_USER_INPUT saying which bound and by how much. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw new BadUserInputError(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${first}`, { argument: "first" });
  if (first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first is ${first}, over the maximum page size of ${MAX_PAGE_SIZE} by ${first - MAX_PAGE_SIZE}`, { argument: "first", max: MAX_PAGE_SIZE });
  }
  return first;
}


export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** Builds a page from rows fetched with one extra row (which only says "there is more"). */
export function pageOf<T>(rows: T[], first: number, cursorOf: (row: T, index: number) => string): { items: T[]; pageInfo: PageInfo; cursors: string[] } {
  const items = rows.slice(0, first);
  const cursors = items.map(cursorOf);
  return {
    items,
    cursors,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    },
  };
}
