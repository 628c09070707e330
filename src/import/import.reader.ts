import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import type { z } from "zod";
import type { ImportIssue } from "./import.errors.js";
import { labelOfValidId, NODE_PROPS, type Label } from "../model/model.labels.js";
import { REL_TYPES, type RelType } from "../model/model.relationships.js";
import { headerRecord, nodeRecord, relRecord, type HeaderRecord } from "./import.schema.js";

/** A node as it will be stored: every property, id and sources included. */
export interface NodeRow {
  id: string;
  label: Label;
  props: Record<string, unknown>;
}

export interface RelRow {
  type: RelType;
  from: string;
  to: string;
  key: string;
  props: Record<string, unknown>;
}

/** Where a record came from, to name it in an error found later (e.g. a missing endpoint). */
export interface Origin {
  file: string;
  line: number;
  record: string;
}

export interface ParsedFile {
  path: string;
  file: string;
  header: HeaderRecord | undefined;
  nodes: NodeRow[];
  rels: RelRow[];
  /** Ids of every node record with a well-formed id, valid or not: a reference to one is not "missing". */
  declared: Set<string>;
  /** Ids this file points at (endpoints, sources) and where each is first used. */
  references: Map<string, Origin>;
  issues: ImportIssue[];
  lines: number;
}

const MAX_ISSUES = 200;
const MAX_LINE_LENGTH = 1_000_000;

/**
 * The record's properties and the importer's own (extra wins), undefined left out.
 * Copied key by key: on Node 20 an object spread followed by more keys takes
 * V8's slow path, microseconds per record (docs/development.md#import-throughput).
 */
function storedProps(props: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in props) if (props[k] !== undefined && !(k in extra)) out[k] = props[k];
  for (const k in extra) if (extra[k] !== undefined) out[k] = extra[k];
  return out;
}

function zodIssues(err: z.ZodError, base: Omit<ImportIssue, "message" | "field">, prefix = ""): ImportIssue[] {
  return err.issues.map((i) => ({ ...base, field: [prefix, ...i.path.map(String)].filter(Boolean).join("."), message: i.message }));
}

/** Reads and validates one JSON Lines file from disk (streamed, line by line). */
export async function readImportFile(path: string): Promise<ParsedFile> {
  const input = createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Infinity });
  return parseImportLines(path, lines);
}

/** Collects one file's (or one call's) records as they are read, with every problem found. */
class RecordCollector {
  readonly parsed: ParsedFile;
  private readonly nodeIds = new Set<string>();
  private readonly relIds = new Set<string>();

  constructor(path: string) {
    this.parsed = { path, file: basename(path), header: undefined, nodes: [], rels: [], declared: new Set(), references: new Map(), issues: [], lines: 0 };
  }

  readonly issue = (i: ImportIssue) => {
    if (this.parsed.issues.length < MAX_ISSUES) this.parsed.issues.push(i);
  };

  // Most ids are referenced many times: the origin is made only for the first.
  private readonly reference = (id: string, file: string, line: number, record: string) => {
    if (!this.parsed.references.has(id)) this.parsed.references.set(id, { file, line, record });
  };

  /** One decoded record (header, node or rel), numbered by its line or position. */
  add(value: unknown, line: number): void {
    const { parsed } = this;
    const file = parsed.file;
    const kind = (value as { kind?: unknown } | null)?.kind;
    if (kind === "header") {
      const h = headerRecord.safeParse(value);
      if (!h.success) zodIssues(h.error, { file, line, record: "header" }).forEach(this.issue);
      else if (parsed.nodes.length + parsed.rels.length > 0 || parsed.header) this.issue({ file, line, record: "header", message: "the header must be the first record, once" });
      else parsed.header = h.data;
    } else if (kind === "node") {
      readNode(value, { file, line }, parsed, this.nodeIds, this.issue, this.reference);
    } else if (kind === "rel") {
      readRel(value, { file, line }, parsed, this.relIds, this.issue, this.reference);
    } else {
      this.issue({ file, line, field: "kind", message: 'must be "node", "rel" or "header"' });
    }
  }

  finish(lines: number): ParsedFile {
    this.parsed.lines = lines;
    if (this.parsed.header?.synthetic) markSynthetic(this.parsed);
    return this.parsed;
  }
}

/**
 * Validates the lines of one file, record by record, collecting every problem
 * with its file, line, record and field. Nothing here touches the database.
 */
export async function parseImportLines(path: string, lines: AsyncIterable<string> | Iterable<string>): Promise<ParsedFile> {
  const collector = new RecordCollector(path);
  const file = collector.parsed.file;
  let lineNo = 0;
  try {
    for await (const raw of lines) {
      lineNo += 1;
      const text = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      if (text.trim() === "") continue;
      if (text.length > MAX_LINE_LENGTH) {
        collector.issue({ file, line: lineNo, message: `line is longer than ${MAX_LINE_LENGTH} characters` });
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        collector.issue({ file, line: lineNo, message: `not valid JSON: ${(err as Error).message}` });
        continue;
      }
      collector.add(value, lineNo);
    }
  } catch (err) {
    collector.issue({ file, line: lineNo, message: `cannot read the file: ${(err as Error).message}` });
  }
  return collector.finish(lineNo);
}

/**
 * Validates records given as values (the editor API builds them from its
 * input): record i is reported as line i + 1 of `name`.
 */
export function parseRecords(name: string, records: readonly unknown[]): ParsedFile {
  const collector = new RecordCollector(name);
  records.forEach((record, i) => collector.add(record, i + 1));
  return collector.finish(records.length);
}

type Report = (i: ImportIssue) => void;
type Reference = (id: string, file: string, line: number, record: string) => void;

function readNode(value: unknown, at: { file: string; line: number }, parsed: ParsedFile, seen: Set<string>, issue: Report, reference: Reference): void {
  const r = nodeRecord.safeParse(value);
  const id = (value as { id?: unknown }).id;
  const base = { file: at.file, line: at.line, record: typeof id === "string" ? id : "node" };
  if (!r.success) return zodIssues(r.error, base).forEach(issue);
  const rec = r.data;
  parsed.declared.add(rec.id);
  const label = labelOfValidId(rec.id);
  if (label !== rec.label) issue({ ...base, field: "id", message: `a ${rec.label} id must start with "${rec.label.toLowerCase()}:"` });
  if (seen.has(rec.id)) issue({ ...base, field: "id", message: "this id is defined twice in the file" });
  seen.add(rec.id);
  const props = NODE_PROPS[rec.label].safeParse(rec.props);
  if (!props.success) zodIssues(props.error, base, "props").forEach(issue);
  if (rec.label !== "Source" && rec.sources.length === 0) issue({ ...base, field: "sources", message: "must name at least one source" });
  checkSources(rec.sources, base, issue, reference);
  checkAlternatives(rec.alternatives, Object.keys(NODE_PROPS[rec.label].shape), base, issue, reference);
  if (!props.success) return;
  parsed.nodes.push({
    id: rec.id,
    label: rec.label,
    props: storedProps(props.data, {
      id: rec.id,
      sources: rec.sources,
      alternatives: rec.alternatives?.length ? JSON.stringify(rec.alternatives) : undefined,
    }),
  });
}

function readRel(value: unknown, at: { file: string; line: number }, parsed: ParsedFile, seen: Set<string>, issue: Report, reference: Reference): void {
  const v = value as { type?: unknown; from?: unknown; to?: unknown };
  const base = { file: at.file, line: at.line, record: `${String(v.from)} -[${String(v.type)}]-> ${String(v.to)}` };
  const r = relRecord.safeParse(value);
  if (!r.success) return zodIssues(r.error, base).forEach(issue);
  const rec = r.data;
  const rule = REL_TYPES[rec.type];
  const fromLabel = labelOfValidId(rec.from);
  const toLabel = labelOfValidId(rec.to);
  if (!fromLabel || !(rule.from as readonly Label[]).includes(fromLabel)) {
    issue({ ...base, field: "from", message: `${rec.type} must start at ${rule.from.join(" or ")}, not ${fromLabel ?? "an unknown label"}` });
  }
  if (!toLabel || !(rule.to as readonly Label[]).includes(toLabel)) {
    issue({ ...base, field: "to", message: `${rec.type} must end at ${rule.to.join(" or ")}, not ${toLabel ?? "an unknown label"}` });
  }
  const props = rule.props.safeParse(rec.props);
  if (!props.success) return zodIssues(props.error, base, "props").forEach(issue);
  const p = props.data as { role?: string; title?: string };
  const key = rec.key ?? p.role ?? p.title ?? "";
  const identity = `${rec.from}|${rec.type}|${rec.to}|${key}`;
  if (seen.has(identity)) issue({ ...base, message: `this relationship (key "${key}") is defined twice in the file; give one of them a distinct "key"` });
  seen.add(identity);
  reference(rec.from, base.file, base.line, base.record);
  reference(rec.to, base.file, base.line, base.record);
  checkSources(rec.sources, base, issue, reference);
  checkAlternatives(rec.alternatives, Object.keys(rule.props.shape), base, issue, reference);
  parsed.rels.push({
    type: rec.type,
    from: rec.from,
    to: rec.to,
    key,
    props: storedProps(props.data, {
      key,
      sources: rec.sources,
      alternatives: rec.alternatives?.length ? JSON.stringify(rec.alternatives) : undefined,
    }),
  });
}

/** sources have matched ID_PATTERN (the schema's entityId). */
function checkSources(sources: string[], base: Omit<ImportIssue, "message">, issue: Report, reference: Reference): void {
  for (const s of sources) {
    if (labelOfValidId(s) !== "Source") issue({ ...base, field: "sources", message: `${s} is not a source id (source:...)` });
    else reference(s, base.file, base.line, base.record ?? "");
  }
}

function checkAlternatives(
  alternatives: { prop: string; scope?: string; sources: string[] }[] | undefined,
  known: string[],
  base: Omit<ImportIssue, "message">,
  issue: Report,
  reference: Reference,
): void {
  for (const [i, alt] of (alternatives ?? []).entries()) {
    if (!known.includes(alt.prop)) issue({ ...base, field: `alternatives.${i}.prop`, message: `"${alt.prop}" is not a property of this record` });
    else if (alt.scope !== undefined && !known.includes(`${alt.prop}Scope`)) {
      issue({ ...base, field: `alternatives.${i}.scope`, message: `"${alt.prop}" is not a count: only counts have a scope` });
    }
    checkSources(alt.sources, { ...base, field: `alternatives.${i}.sources` }, issue, reference);
  }
}

function markSynthetic(parsed: ParsedFile): void {
  for (const n of parsed.nodes) n.props.synthetic = true;
  for (const r of parsed.rels) r.props.synthetic = true;
}
