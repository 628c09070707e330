import { BadUserInputError, LimitExceededError } from "../errors/errors.js";
import { ImportValidationError, type ImportIssue } from "../import/import.errors.js";
import type { ImportService, ImportSummary } from "../import/import.service.js";
import type { GraphChangeInput, SourceInput } from "./editor.inputs.js";

export interface EditorOptions {
  dryRun: boolean;
  /** Request id and user, sent to Neo4j with the transaction. */
  metadata: Record<string, string | number>;
  /** The credential's name, as the change feed records who wrote. */
  actor: string;
}

interface Located {
  /** Where the record is in the input, for error messages: entities[2]. */
  path: string;
  record: unknown;
}

const NAME = "upsertGraph";

/**
 * The editor's write path: the input becomes records of the import format
 * (seed/FORMAT.md), which are checked and written by the import service, so
 * an edit and an import obey exactly the same rules. One call, one transaction.
 */
export class EditorService {
  constructor(
    private readonly imports: ImportService,
    private readonly limits: { upsertRecords: number; timeoutMs: number },
  ) {}

  async upsertGraph(input: GraphChangeInput, options: EditorOptions): Promise<ImportSummary & { ids: string[]; version: number | undefined }> {
    const located = toRecords(input);
    if (located.length > this.limits.upsertRecords) {
      throw new LimitExceededError({ limit: "records", maximum: this.limits.upsertRecords, actual: located.length });
    }
    if (located.length === 0) throw new BadUserInputError("upsertGraph needs at least one source, entity or relationship.", { argument: "input" });
    try {
      const summary = await this.imports.importRecords(
        NAME,
        located.map((l) => l.record),
        { dryRun: options.dryRun, timeoutMs: this.limits.timeoutMs, metadata: options.metadata, actor: options.actor },
      );
      const ids = [...input.sources.map((s) => s.id), ...input.entities.map((e) => e.id)];
      return { ...summary, ids, version: summary.files[0]?.version };
    } catch (err) {
      if (err instanceof ImportValidationError) throw refusal(err.issues, located);
      throw err;
    }
  }
}

function toRecords(input: GraphChangeInput): Located[] {
  return [
    ...input.sources.map((s, i) => ({ path: `sources[${i}]`, record: sourceRecord(s) })),
    ...input.entities.map((e, i) => ({
      path: `entities[${i}]`,
      record: { kind: "node", label: labelFromId(e.id), id: e.id, props: e.properties, sources: e.sources, ...alternatives(e.alternatives) },
    })),
    ...input.relationships.map((r, i) => ({
      path: `relationships[${i}]`,
      record: {
        kind: "rel", type: r.type, from: r.from, to: r.to, props: r.properties ?? {}, sources: r.sources,
        ...(r.key != null ? { key: r.key } : {}), ...alternatives(r.alternatives),
      },
    })),
  ];
}

function sourceRecord(s: SourceInput): Record<string, unknown> {
  const { id, ...fields } = s;
  const props = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
  return { kind: "node", label: "Source", id, props, sources: [] };
}

/** The label the id's prefix names ("member:jpn" → Member); the import check reports a prefix that names none. */
function labelFromId(id: string): string {
  const prefix = id.split(":", 1)[0] ?? "";
  return prefix.charAt(0).toUpperCase() + prefix.slice(1);
}

function alternatives(list: { prop: string; value: unknown; qualifier?: string | null; sources: string[] }[] | null | undefined) {
  if (!list?.length) return {};
  return { alternatives: list.map((a) => ({ prop: a.prop, value: a.value, sources: a.sources, ...(a.qualifier != null ? { qualifier: a.qualifier } : {}) })) };
}

/** One BAD_USER_INPUT naming every problem by its place in the input (entities[0].properties.iso3). */
function refusal(issues: ImportIssue[], located: Located[]): BadUserInputError {
  const problems = issues.map((i) => {
    const at = located[i.line - 1]?.path ?? NAME;
    const field = i.field?.replace(/^props\b/, "properties").replace(/^label$/, "id");
    return { path: field ? `${at}.${field}` : at, message: i.message };
  });
  const shown = problems.slice(0, 20).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > 20 ? ` (and ${problems.length - 20} more)` : "";
  return new BadUserInputError(`upsertGraph refused, nothing was written: ${shown.join("; ")}${more}`, { problems });
}
