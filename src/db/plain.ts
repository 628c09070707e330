import { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isRelationship, isTime, isInt } from "neo4j-driver";

/**
 * Converts driver values into plain JSON-friendly values at the repository edge:
 * temporals become ISO strings, nodes and relationships their properties.
 * Integers already arrive as numbers (disableLosslessIntegers).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== "object") return value;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return String(value);
  }
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (isPath(value)) return value.segments.map((s) => toPlain(s.relationship));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}
