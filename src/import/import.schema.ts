import { z } from "zod";
import { COUNT_QUALIFIERS } from "../model/model.enums.js";
import { LABELS } from "../model/model.labels.js";
import { REL_TYPE_NAMES } from "../model/model.relationships.js";
import { entityId, shortText, text } from "../model/model.values.js";

/**
 * The import format's records (seed/FORMAT.md). What a record's properties may
 * be is the graph model's (src/model); this file only adds the record shapes.
 */

const alternative = z.strictObject({
  prop: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean()]),
  qualifier: z.enum(COUNT_QUALIFIERS).optional(),
  /** For a count: what this source says it counts, when it differs from the main value's scope. */
  scope: shortText.optional(),
  sources: z.array(entityId).min(1, "must name at least one source"),
});

export const headerRecord = z.strictObject({
  kind: z.literal("header"),
  format: z.literal("coopgraph/v1", { error: 'must be "coopgraph/v1"' }),
  synthetic: z.boolean().optional(),
  description: text.optional(),
  generator: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

export const nodeRecord = z.strictObject({
  kind: z.literal("node"),
  label: z.enum(LABELS),
  id: entityId,
  props: z.record(z.string(), z.unknown()),
  sources: z.array(entityId).max(100),
  alternatives: z.array(alternative).max(50).optional(),
});

export const relRecord = z.strictObject({
  kind: z.literal("rel"),
  type: z.enum(REL_TYPE_NAMES),
  from: entityId,
  to: entityId,
  key: z.string().max(200).optional(),
  props: z.record(z.string(), z.unknown()).default({}),
  sources: z.array(entityId).min(1, "must name at least one source").max(100),
  alternatives: z.array(alternative).max(50).optional(),
});

export type HeaderRecord = z.infer<typeof headerRecord>;
export type NodeRecord = z.infer<typeof nodeRecord>;
export type RelRecord = z.infer<typeof relRecord>;
