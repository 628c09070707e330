import { BadUserInputError } from "../errors/errors.js";

// Apart from pagination.ts (PageInfo's decorators): relation edges encode their cursors when asked, and load no type-graphql for it.

/** Cursors are opaque to clients: base64url of a small JSON value we can check on the way back. */
export function encodeCursor(kind: string, value: unknown): string {
  return Buffer.from(JSON.stringify([kind, value]), "utf8").toString("base64url");
}

export function decodeCursor<T>(kind: string, cursor: string | null | undefined, check: (v: unknown) => v is T): T | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  const bad = () => new BadUserInputError(`after is not a cursor this list gave out: ${JSON.stringify(cursor.slice(0, 100))}`, { argument: "after" });
  if (cursor.length > 1_000 || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || parsed[0] !== kind || !check(parsed[1])) throw bad();
  return parsed[1];
}

/** Offset cursors, for lists held in memory per parent (a node's relationships). */
export const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
