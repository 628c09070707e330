import { isPoint, isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isRelationship, isTime, isInt } from "neo4j-driver";

/**
 * Converts driver values into plain JSON-friendly values at the repository edge:
 * temporals become ISO strings, nodes and relationships their properties.
 * Integers already arrive as numbers (disableLosslessIntegers).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== "object") return value;
  // Records' maps and lists are fresh objects no one else holds: converted in place, the common case
  // first (the driver's own classes are never plain objects), so a page of rows is not copied twice.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return String(value);
  }
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (isPath(value)) return value.segments.map((s) => toPlain(s.relationship));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}

/**
 * Like toPlain, but keeps the shape of graph values for people reading a
 * result: nodes with their labels, relationships with type and ends, paths
 * as their nodes and relationships, points as coordinates.
 */
export function graphJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(graphJson);
  if (typeof value !== "object") return typeof value === "number" && !Number.isFinite(value) ? String(value) : value;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isNode(value)) return { elementId: value.elementId, labels: value.labels, properties: graphJson(value.properties) };
  if (isRelationship(value)) {
    return { elementId: value.elementId, type: value.type, start: value.startNodeElementId, end: value.endNodeElementId, properties: graphJson(value.properties) };
  }
  if (isPath(value)) {
    return { nodes: [value.start, ...value.segments.map((s) => s.end)].map(graphJson), relationships: value.segments.map((s) => graphJson(s.relationship)) };
  }
  if (isPoint(value)) return { srid: value.srid, x: value.x, y: value.y, ...(value.z !== undefined ? { z: value.z } : {}) };
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return String(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, graphJson(v)]));
}
