import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { BulkImportError } from "./import.errors.js";
import { pageKeyOf, type LoadPlan } from "./import.plan.js";
import type { NodeRow, RelRow } from "./import.reader.js";

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

/**
 * The headers of one label's or type's records: a record goes to the first
 * header whose column types agree with its own (in practice there is one).
 * Records are not copied: each is given its header's number, and read again
 * when written (at 2 million relationships, copies would fill the heap).
 */
interface Layout<R> {
  rows: R[];
  headers: Map<string, ColumnType>[];
  headerOf: number[];
}

function layOut<R>(groups: Map<string, Layout<R>>, group: string, row: R, types: Map<string, ColumnType>): void {
  let layout = groups.get(group);
  if (!layout) groups.set(group, (layout = { rows: [], headers: [], headerOf: [] }));
  let i = layout.headers.findIndex((h) => [...types].every(([k, t]) => (h.get(k) ?? t) === t));
  if (i < 0) i = layout.headers.push(new Map()) - 1;
  const header = layout.headers[i]!;
  for (const [k, t] of types) header.set(k, t);
  layout.rows.push(row);
  layout.headerOf.push(i);
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

  const nodeLayouts = new Map<string, Layout<NodeRow>>();
  for (const n of plan.nodes.values()) {
    const types = typesOf(n.props, ID_COLUMN, `node ${n.id}`, (empty) => out.emptyLists.nodes.push({ id: n.id, props: empty }));
    layOut(nodeLayouts, n.label, n, types);
  }
  const relLayouts = new Map<string, Layout<RelRow>>();
  for (const r of plan.rels.values()) {
    const types = typesOf(r.props, NO_COLUMN, `relationship ${r.from} -[${r.type}]-> ${r.to}`, (empty) => out.emptyLists.relationships.push({ from: r.from, type: r.type, to: r.to, key: r.key, props: empty }));
    types.set("pageKey", "string");
    layOut(relLayouts, r.type, r, types);
  }

  let fileNo = 0;
  const files = (stem: string, header: string[]) => ({
    plain: new CsvFile(join(dir, `${String(++fileNo).padStart(3, "0")}-${stem}.csv`), header),
    multiline: new CsvFile(join(dir, `${String(++fileNo).padStart(3, "0")}-${stem}-multiline.csv`), header),
  });
  const close = (f: ReturnType<typeof files>, into: string[]) => {
    if (f.plain.close()) into.push(f.plain.path);
    if (f.multiline.close()) {
      into.push(f.multiline.path);
      out.multilineFiles.push(f.multiline.path);
    }
  };
  const fields = new FieldWriter(delimiter);

  for (const [label, layout] of nodeLayouts) {
    const labels = quote(`Entity${delimiter}${label}`);
    layout.headers.forEach((columns, h) => {
      const cols = [...columns];
      const f = files(label, ["id:ID", ":LABEL", ...cols.map(([k, t]) => `${k}:${t}`)]);
      layout.rows.forEach((n, i) => {
        if (layout.headerOf[i] !== h) return;
        fields.start(`${quote(n.id)},${labels}`);
        for (const [k, t] of cols) fields.add(t, n.props[k]);
        (fields.multiline ? f.multiline : f.plain).add(fields.line);
      });
      close(f, out.nodeFiles);
    });
  }
  if (migrations.length > 0) {
    const f = files("Migration", [":LABEL", "id:string", "sha256:string", "appliedAt:datetime", "changed:long"]);
    for (const m of migrations) f.plain.add(["Migration", quote(m.id), quote(m.sha256), m.appliedAt, String(m.changed)].join(","));
    close(f, out.nodeFiles);
  }
  for (const [type, layout] of relLayouts) {
    layout.headers.forEach((columns, h) => {
      const cols = [...columns];
      const f = files(type, [":START_ID", ":END_ID", ":TYPE", ...cols.map(([k, t]) => `${k}:${t}`)]);
      layout.rows.forEach((r, i) => {
        if (layout.headerOf[i] !== h) return;
        fields.start(`${quote(r.from)},${quote(r.to)},${type}`);
        for (const [k, t] of cols) fields.add(t, k === "pageKey" ? pageKeyOf(r, plan.nodes) : r.props[k]);
        (fields.multiline ? f.multiline : f.plain).add(fields.line);
      });
      close(f, out.relationshipFiles);
    });
  }
  return out;
}

/** Columns a record's properties do not go into: a node's id is its `id:ID` column. */
const ID_COLUMN = new Set(["id"]);
const NO_COLUMN = new Set<string>();

/** The column types of one record's properties; empty lists are handed to `onEmpty` and get no column type. */
function typesOf(props: Record<string, unknown>, skip: ReadonlySet<string>, what: string, onEmpty: (empty: Record<string, never[]>) => void): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>();
  let empty: Record<string, never[]> | undefined;
  for (const k in props) {
    if (skip.has(k)) continue;
    if (!PROPERTY_NAME.test(k)) throw new BulkImportError("UNSUPPORTED_VALUE", `Bulk import refused, nothing was written: ${what} has a property named ${JSON.stringify(k)}, which a CSV header cannot name. Import without --bulk.`);
    const t = columnType(props[k]);
    if (t === "empty list") (empty ??= {})[k] = [];
    else if (COLUMN_TYPES.has(t)) types.set(k, t as ColumnType);
    else throw new BulkImportError("UNSUPPORTED_VALUE", `Bulk import refused, nothing was written: ${what}, property ${k}, is ${t}, which neo4j-admin import cannot write as the transactional importer stores it. Import without --bulk.`);
  }
  if (empty) onEmpty(empty);
  return types;
}

function quote(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

/**
 * One CSV line, field by field. An absent value (or an empty list, set after
 * the load) is an empty, unquoted field: no property; "" is a quoted one: an
 * empty string. `multiline` tells whether a value spans lines.
 */
class FieldWriter {
  line = "";
  multiline = false;

  constructor(private readonly delimiter: string) {}

  start(first: string): void {
    this.line = first;
    this.multiline = false;
  }

  add(type: ColumnType, v: unknown): void {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) {
      this.line += ",";
    } else if (type === "string") {
      this.text(v as string);
    } else if (type === "string[]") {
      this.text((v as string[]).join(this.delimiter));
    } else {
      this.line += `,${Array.isArray(v) ? v.map(String).join(this.delimiter) : String(v)}`;
    }
  }

  private text(s: string): void {
    if (!this.multiline && (s.includes("\n") || s.includes("\r"))) this.multiline = true;
    this.line += `,${quote(s)}`;
  }
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
