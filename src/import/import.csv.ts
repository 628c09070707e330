import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { BulkImportError } from "./import.errors.js";
import { pageKeyOf, type LoadPlan } from "./import.plan.js";

/**
 * Writes a load plan as the CSV files of `neo4j-admin database import`: one
 * header per file (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed
 * properties), every value typed as the transactional importer stores it
 * (whole numbers as INTEGER, others as FLOAT, strings, booleans, lists).
 */
export interface CsvLoad {
  nodeFiles: string[];
  relationshipFiles: string[];
  /** Files with a value spanning lines: only these are parsed the slow way (--multiline-fields). */
  multilineFiles: string[];
  arrayDelimiter: string;
  /** Empty lists, which no CSV field can hold (an empty field means "no property"): set after the load. */
  emptyLists: { nodes: EmptyListsOfNode[]; relationships: EmptyListsOfRel[] };
  nodes: number;
  relationships: number;
}

export interface EmptyListsOfNode {
  id: string;
  props: Record<string, never[]>;
}

export interface EmptyListsOfRel {
  from: string;
  type: string;
  to: string;
  key: string;
  props: Record<string, never[]>;
}

type ColumnType = "string" | "long" | "double" | "boolean" | "string[]" | "long[]" | "double[]" | "boolean[]";

/** A property value neo4j-admin can write as the transactional importer would, or why not. */
function columnType(value: unknown): ColumnType | "empty list" | string {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  // The query runner sends safe integers as INTEGER and other numbers as FLOAT (src/db/query-runner.ts).
  if (typeof value === "number") return Number.isSafeInteger(value) ? "long" : Number.isFinite(value) ? "double" : "a number that is not finite";
  if (!Array.isArray(value)) return `a value of type ${value === null ? "null" : typeof value}`;
  if (value.length === 0) return "empty list";
  const types = new Set(value.map(columnType));
  const [only] = types;
  if (types.size !== 1 || !only || only.endsWith("]") || only === "empty list" || only.includes(" ")) return "a list of mixed or nested values";
  if (only === "string" && value.some((v) => v === "")) return "a list holding an empty string";
  return `${only}[]`;
}

const COLUMN_TYPES = new Set<string>(["string", "long", "double", "boolean", "string[]", "long[]", "double[]", "boolean[]"]);
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A group of records sharing one header: the first group whose column types agree takes a record. */
interface Part<R> {
  columns: Map<string, ColumnType>;
  rows: { row: R; props: Record<string, unknown> }[];
}

function placeRow<R>(parts: Part<R>[], row: R, props: Record<string, unknown>, types: Map<string, ColumnType>): void {
  let part = parts.find((p) => [...types].every(([k, t]) => (p.columns.get(k) ?? t) === t));
  if (!part) parts.push((part = { columns: new Map(), rows: [] }));
  for (const [k, t] of types) part.columns.set(k, t);
  part.rows.push({ row, props });
}

/**
 * The array delimiter: a control character no list element contains (the
 * default ";" may well appear in a text list).
 */
function chooseArrayDelimiter(plan: LoadPlan): string {
  const candidates = ["\u001f", "\u001e", "\u001d", "\u001c"];
  const used = new Set<string>();
  const scan = (props: Record<string, unknown>) => {
    for (const v of Object.values(props)) {
      if (!Array.isArray(v)) continue;
      for (const e of v) if (typeof e === "string") for (const c of candidates) if (e.includes(c)) used.add(c);
    }
  };
  for (const n of plan.nodes.values()) scan(n.props);
  for (const r of plan.rels.values()) scan(r.props);
  const free = candidates.find((c) => !used.has(c));
  if (!free) throw new BulkImportError("UNSUPPORTED_VALUE", "Bulk import refused, nothing was written: list values hold every character the CSV could separate their items with (U+001C to U+001F). Import without --bulk.");
  return free;
}

/** A data migration's record (cypher/admin/migration-record.cypher), carried over from the database being replaced. */
export interface MigrationRecord {
  id: string;
  sha256: string;
  /** ISO 8601, as toString(datetime) gives it. */
  appliedAt: string;
  changed: number;
}

/**
 * Writes the CSV files into `dir` (created if needed), the migration records
 * given among them. Throws BulkImportError for a value it cannot write faithfully.
 */
export function writeLoadCsv(plan: LoadPlan, dir: string, migrations: readonly MigrationRecord[] = []): CsvLoad {
  mkdirSync(dir, { recursive: true });
  const delimiter = chooseArrayDelimiter(plan);
  const out: CsvLoad = { nodeFiles: [], relationshipFiles: [], multilineFiles: [], arrayDelimiter: delimiter, emptyLists: { nodes: [], relationships: [] }, nodes: plan.nodes.size, relationships: plan.rels.size };

  const nodeParts = new Map<string, Part<{ id: string; label: string }>[]>();
  for (const n of plan.nodes.values()) {
    const { id: _id, ...props } = n.props;
    const types = typesOf(props, `node ${n.id}`, (empty) => out.emptyLists.nodes.push({ id: n.id, props: empty }));
    const parts = nodeParts.get(n.label) ?? [];
    nodeParts.set(n.label, parts);
    placeRow(parts, { id: n.id, label: n.label }, props, types);
  }
  const relParts = new Map<string, Part<{ from: string; to: string; type: string }>[]>();
  for (const r of plan.rels.values()) {
    const props = { ...r.props, pageKey: pageKeyOf(r, plan.nodes) };
    const types = typesOf(props, `relationship ${r.from} -[${r.type}]-> ${r.to}`, (empty) => out.emptyLists.relationships.push({ from: r.from, type: r.type, to: r.to, key: r.key, props: empty }));
    const parts = relParts.get(r.type) ?? [];
    relParts.set(r.type, parts);
    placeRow(parts, { from: r.from, to: r.to, type: r.type }, props, types);
  }

  let fileNo = 0;
  const write = (stem: string, header: string[], lines: Iterable<string[]>, into: string[]) => {
    const files = { plain: new CsvFile(join(dir, `${String(++fileNo).padStart(3, "0")}-${stem}.csv`), header), multiline: new CsvFile(join(dir, `${String(++fileNo).padStart(3, "0")}-${stem}-multiline.csv`), header) };
    for (const fields of lines) {
      const line = fields.join(",");
      (/[\r\n]/.test(line) ? files.multiline : files.plain).add(line);
    }
    for (const f of [files.plain, files.multiline]) {
      if (!f.close()) continue;
      into.push(f.path);
      if (f === files.multiline) out.multilineFiles.push(f.path);
    }
  };
  const enc = (type: ColumnType, v: unknown) => encode(type, v, delimiter);

  for (const [label, parts] of nodeParts) {
    for (const part of parts) {
      const cols = [...part.columns];
      const header = ["id:ID", ":LABEL", ...cols.map(([k, t]) => `${k}:${t}`)];
      const labels = quote(`Entity${delimiter}${label}`);
      write(label, header, map(part.rows, ({ row, props }) => [quote(row.id), labels, ...cols.map(([k, t]) => enc(t, props[k]))]), out.nodeFiles);
    }
  }
  if (migrations.length > 0) {
    const rows = migrations.map((m) => ["Migration", quote(m.id), quote(m.sha256), m.appliedAt, String(m.changed)]);
    write("Migration", [":LABEL", "id:string", "sha256:string", "appliedAt:datetime", "changed:long"], rows, out.nodeFiles);
  }
  for (const [type, parts] of relParts) {
    for (const part of parts) {
      const cols = [...part.columns];
      const header = [":START_ID", ":END_ID", ":TYPE", ...cols.map(([k, t]) => `${k}:${t}`)];
      write(type, header, map(part.rows, ({ row, props }) => [quote(row.from), quote(row.to), type, ...cols.map(([k, t]) => enc(t, props[k]))]), out.relationshipFiles);
    }
  }
  return out;
}

/** The column types of one record's properties; empty lists are handed to `onEmpty` and left out. */
function typesOf(props: Record<string, unknown>, what: string, onEmpty: (empty: Record<string, never[]>) => void): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>();
  const empty: Record<string, never[]> = {};
  for (const [k, v] of Object.entries(props)) {
    if (!PROPERTY_NAME.test(k)) throw new BulkImportError("UNSUPPORTED_VALUE", `Bulk import refused, nothing was written: ${what} has a property named ${JSON.stringify(k)}, which a CSV header cannot name. Import without --bulk.`);
    const t = columnType(v);
    if (t === "empty list") {
      empty[k] = [];
      delete props[k];
    } else if (COLUMN_TYPES.has(t)) types.set(k, t as ColumnType);
    else throw new BulkImportError("UNSUPPORTED_VALUE", `Bulk import refused, nothing was written: ${what}, property ${k}, is ${t}, which neo4j-admin import cannot write as the transactional importer stores it. Import without --bulk.`);
  }
  if (Object.keys(empty).length > 0) onEmpty(empty);
  return types;
}

function quote(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

/** One CSV field; an absent value is an empty, unquoted field (no property), "" a quoted one (an empty string). */
function encode(type: ColumnType, v: unknown, delimiter: string): string {
  if (v === undefined) return "";
  if (type === "string") return quote(v as string);
  if (type.endsWith("[]")) return quote((v as unknown[]).map(String).join(delimiter));
  return String(v);
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** A CSV file written in large chunks; nothing is created for a file with no rows. */
class CsvFile {
  private fd: number | undefined;
  private chunk: string[] = [];
  private size = 0;
  private rows = 0;

  constructor(
    readonly path: string,
    private readonly header: string[],
  ) {}

  add(line: string): void {
    if (this.rows++ === 0) this.push(this.header.join(","));
    this.push(line);
  }

  private push(line: string): void {
    this.chunk.push(line);
    this.size += line.length;
    if (this.size > 4_000_000) this.flush();
  }

  private flush(): void {
    if (this.chunk.length === 0) return;
    this.fd ??= openSync(this.path, "w");
    writeSync(this.fd, `${this.chunk.join("\n")}\n`);
    this.chunk = [];
    this.size = 0;
  }

  /** True when the file has rows (and so exists). */
  close(): boolean {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    return this.rows > 0;
  }
}
